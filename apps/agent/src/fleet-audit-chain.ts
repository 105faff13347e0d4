import { setImmediate as nextTurn } from "node:timers/promises";
import type { Clock } from "@kiosk/core";
import {
  auditLinksAfter,
  keepAcknowledgedAuditHead,
  verifyAuditChain,
  type AuditChainVerdict,
  type Db,
} from "@kiosk/db";
import {
  maxAuditLinksPerBatch,
  type AuditChainBatch,
  type AuditChainCheck,
  type AuditChainHead,
  type IngestAnswer,
} from "@kiosk/fleet-contract";

/** Rows the whole-log check reads between two turns of the event loop: customers' requests go on meanwhile. */
const checkStretch = 5_000;

export interface FleetAuditChainDeps {
  db: Db;
  clock: Clock;
  /** fleet.auditCheckIntervalMs: the whole log is checked at start and this often. */
  checkEveryMs: number;
  /** How long to stay quiet after a failed batch: the events' backoff (fleetRetryDelay). */
  retryDelay: (failures: number) => number;
}

/** What the next batch carries of the chain, and whether it is worth a batch of its own. */
export interface ChainToSend {
  batch: AuditChainBatch | undefined;
  worthABatch: boolean;
}

/**
 * The kiosk's side of the audit chain in the fleet batches, kept in memory:
 * the head the backoffice last answered (learnt again after a start, from the
 * first answer), and the outcome of the last whole-log check until it is
 * delivered. A backoffice whose answers carry no `auditChain` predates the
 * chain and would refuse the field: it is sent nothing until it answers one.
 */
export function fleetAuditChain(deps: FleetAuditChainDeps) {
  let speaks: "unknown" | "yes" | "no" = "unknown";
  let head: AuditChainHead | null = null;
  let check: AuditChainCheck | null = null;
  let nextCheckAt = 0;
  let failures = 0;
  let quietUntil = 0;

  /** The whole log, a stretch at a time: an edit of a row already sent is found only here. */
  async function checkWholeLog(): Promise<AuditChainCheck> {
    let after: AuditChainHead | undefined;
    for (;;) {
      const stretch: AuditChainVerdict = verifyAuditChain(deps.db.$client, {
        limit: checkStretch,
        ...(after ? { after } : {}),
      });
      if (stretch.broken) {
        const { id, reason } = stretch.broken;
        return { ok: false, checkedTo: stretch.lastId, broken: { id, reason } };
      }
      if (stretch.checked < checkStretch || !stretch.head) {
        return { ok: true, checkedTo: stretch.lastId ?? after?.id ?? null };
      }
      after = stretch.head;
      await nextTurn();
    }
  }

  return {
    /** The links after the backoffice's head and a check if one is due; nothing for a backoffice that predates the chain. */
    async next(): Promise<ChainToSend> {
      const now = deps.clock.now();
      if (speaks !== "yes") return { batch: undefined, worthABatch: speaks === "unknown" && now >= quietUntil };
      if (now >= nextCheckAt) {
        nextCheckAt = now + deps.checkEveryMs;
        check = await checkWholeLog();
      }
      const entries = auditLinksAfter(deps.db.$client, head?.id ?? null, maxAuditLinksPerBatch);
      const batch: AuditChainBatch = { entries, ...(check ? { check } : {}) };
      return { batch, worthABatch: (entries.length > 0 || check !== null) && now >= quietUntil };
    },
    /** Learns the head from an answer; says whether the chain moved (a batch of its own is then worth another). */
    answered(sent: AuditChainBatch | undefined, answer: IngestAnswer): boolean {
      const before = { speaks, head };
      failures = 0;
      quietUntil = 0;
      speaks = answer.auditChain === undefined ? "no" : "yes";
      head = answer.auditChain ?? null;
      // Kept in SQLite: the audit retention purges nothing the backoffice does not hold.
      if (speaks === "yes" && (before.head?.id !== head?.id || before.speaks !== "yes")) {
        keepAcknowledgedAuditHead(deps.db, head, deps.clock.now());
      }
      const delivered = sent?.check !== undefined && speaks === "yes";
      if (delivered) check = null;
      return delivered || before.speaks !== speaks || before.head?.id !== head?.id;
    },
    /** A batch failed: batches for the chain alone wait as the events do. */
    failed(): void {
      failures += 1;
      quietUntil = deps.clock.now() + deps.retryDelay(failures);
    },
  };
}

export type FleetAuditChain = ReturnType<typeof fleetAuditChain>;
