import {
  auditChainBreaks,
  chainBreakAt,
  genesisHash,
  type AuditChainBatch,
  type AuditChainBreak,
  type AuditChainHead,
  type IngestRequest,
} from "@kiosk/fleet-contract";
import { eq, sql } from "drizzle-orm";
import type { BackofficeDb } from "./db";
import { kiosks } from "./schema";

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

const problemAt = (id: number, reason: AuditChainBreak, by: string) =>
  `row ${id}: ${reason}, ${auditChainBreaks[reason]} (${by})`;

/**
 * A batch that starts the chain over (its first link at the genesis, at or
 * before the head held) while the backoffice holds a head: another log under
 * this kiosk's name (a PC replaced without an enrollment, or a log wiped),
 * unless it is this very chain sent again, its link at the head the one held.
 * Only with no head held (a new kiosk, or one re-enrolled) may a chain begin.
 */
function startsOver(head: AuditChainHead | null, entries: AuditChainBatch["entries"]): string | null {
  const first = entries[0];
  if (!head || !first || first.prevHash !== genesisHash || first.id > head.id) return null;
  if (entries.some((link) => link.id === head.id && link.hash === head.hash)) return null;
  return problemAt(first.id, "deleted", `found at ingest: the chain starts over while row ${head.id} is held`);
}

/** The first break in the links after `head`, and the head they lead to (the last link, a break or not). */
function walk(head: AuditChainHead | null, entries: AuditChainBatch["entries"]) {
  let previous = head;
  let problem: string | null = startsOver(head, entries);
  entries.forEach((link, i) => {
    // Links at or before the head were verified already (a batch sent again after a lost answer).
    if (previous && link.id <= previous.id) return;
    const reason = chainBreakAt(previous, link, entries[i + 1]);
    if (reason) problem ??= problemAt(link.id, reason, "found at ingest");
    // Past a break the chain goes on from the link as the kiosk holds it: what follows is still
    // checked, and the kiosk is not sent back to the same links for ever.
    previous = { id: link.id, hash: link.hash };
  });
  return { head: previous, problem };
}

/**
 * Checks the audit chain's links a kiosk's batch carries against the head the
 * backoffice holds for it, and the kiosk's own check of its whole log; the
 * first break found flags the kiosk `broken` with the row and what happened,
 * and it stays flagged (an admin looks). The events are stored all the same:
 * the backoffice never drops data. Runs in the ingest's transaction, after the
 * kiosk's row is written and locked. Answers the head the kiosk continues from.
 */
export async function checkAuditChain(tx: Tx, request: IngestRequest, now: Date): Promise<AuditChainHead | null> {
  const [kiosk] = await tx
    .select({ state: kiosks.auditChain, seq: kiosks.auditChainSeq, hash: kiosks.auditChainHead })
    .from(kiosks)
    .where(eq(kiosks.id, request.kioskId))
    .for("update");
  if (!kiosk) return null;
  const held = kiosk.seq !== null && kiosk.hash !== null ? { id: kiosk.seq, hash: kiosk.hash } : null;
  const batch = request.auditChain;
  if (!batch) return held;
  const { head, problem: atIngest } = walk(held, batch.entries);
  const reported = batch.check?.broken;
  const problem =
    atIngest ??
    (reported ? problemAt(reported.id, reported.reason, "the kiosk's own check of its log") : null) ??
    (batch.check && !batch.check.ok ? "the kiosk's own check of its log failed" : null);
  if (head === held && !problem) return held;
  const flag =
    problem && kiosk.state === "ok"
      ? { auditChain: "broken" as const, auditChainProblem: problem, auditChainBrokenAt: now }
      : {};
  await tx
    .update(kiosks)
    .set({ auditChainSeq: head?.id ?? null, auditChainHead: head?.hash ?? null, ...flag })
    .where(eq(kiosks.id, request.kioskId));
  return head;
}

/** Kiosks whose audit chain is flagged: the `backoffice_audit_chains_broken` gauge. */
export async function countBrokenAuditChains(db: BackofficeDb): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(kiosks)
    .where(eq(kiosks.auditChain, "broken"));
  return row?.n ?? 0;
}
