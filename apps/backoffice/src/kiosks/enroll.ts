import { randomBytes } from "node:crypto";
import { parseInput, type VerbArgs } from "@kiosk/core";
import { enrollRequest, formatEnrollCode, normalizeEnrollCode, type EnrollAnswer } from "@kiosk/fleet-contract";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { recordConsoleAction } from "../console-audit";
import type { BackofficeDb } from "../db";
import { fleetRefusal, isUniqueViolation } from "../errors";
import { kiosks } from "../schema";
import { secretHash } from "../tokens";

/** A new one-time code: 100 random bits in Crockford's base32, and what PostgreSQL keeps of it. */
export function newEnrollCode(): { code: string; hash: Buffer } {
  const code = formatEnrollCode(randomBytes(13));
  return { code, hash: enrollCodeHash(code) };
}

export const enrollCodeHash = (code: string) => secretHash(normalizeEnrollCode(code));

/**
 * A kiosk exchanges its one-time code for the credential it made itself. The
 * code is used in one statement (two kiosks racing with it: one wins); once
 * used it stays on the row with no expiry, so the same code with the same
 * credential (a retry after a lost answer) answers the same kiosk again,
 * while any other use is refused: unknown (404), used (409), expired (409),
 * revoked (403). On a kiosk enrolled before (a replaced PC) the new
 * credential takes the old one's place here, and not before, and the audit
 * chain's head is cleared with it: the new PC's log is a chain of its own.
 */
export async function enrollKiosk({
  ctx,
  input,
}: VerbArgs<{ db: BackofficeDb; ip: string }, unknown>): Promise<EnrollAnswer> {
  const request = parseInput(enrollRequest, input);
  const codeHash = secretHash(request.code);
  const credentialHash = secretHash(request.token);
  const enrolled = await ctx.db
    .transaction(async (tx) => {
      const usable = and(
        eq(kiosks.enrollCodeHash, codeHash),
        gt(kiosks.enrollExpiresAt, sql`now()`),
        isNull(kiosks.revokedAt),
      );
      const [before] = await tx
        .select({ id: kiosks.id, credentialHash: kiosks.credentialHash, seq: kiosks.auditChainSeq })
        .from(kiosks)
        .where(usable)
        .for("update");
      if (!before) return undefined;
      // A kiosk that held a credential is a new PC: its audit log starts over, so must the chain's head.
      const newPc = before.credentialHash !== null;
      await tx
        .update(kiosks)
        .set({
          credentialHash,
          credentialIssuedAt: sql`now()`,
          enrollExpiresAt: null,
          ...(newPc ? { auditChainSeq: null, auditChainHead: null } : {}),
        })
        .where(eq(kiosks.id, before.id));
      await recordConsoleAction(tx, { operator: null, action: "kiosk.enrolled", kioskId: before.id, ip: ctx.ip });
      if (newPc) await restartedChain(tx, before.id, before.seq, ctx.ip);
      return before;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw fleetRefusal("ENROLL_CODE_USED", "this credential belongs to another kiosk");
      throw error;
    });
  if (enrolled) return { kioskId: enrolled.id };
  return { kioskId: await whyNotEnrolled(ctx.db, codeHash, credentialHash) };
}

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

/**
 * The console's record that a kiosk's chain starts afresh (a replaced PC's
 * log begins at row 1). A chain already flagged `broken` stays flagged, with
 * its problem: a new PC does not clear what the old one showed.
 */
async function restartedChain(tx: Tx, kioskId: string, previousHead: number | null, ip: string): Promise<void> {
  await recordConsoleAction(tx, {
    operator: null,
    action: "kiosk.chain_restarted",
    kioskId,
    details: { previousHead },
    ip,
  });
}

/** The kiosk again for a retry of its own enrollment; otherwise why the code is refused. */
async function whyNotEnrolled(db: BackofficeDb, codeHash: Buffer, credentialHash: Buffer): Promise<string> {
  const [kiosk] = await db
    .select({
      id: kiosks.id,
      revokedAt: kiosks.revokedAt,
      expiresAt: kiosks.enrollExpiresAt,
      credentialHash: kiosks.credentialHash,
    })
    .from(kiosks)
    .where(eq(kiosks.enrollCodeHash, codeHash));
  if (!kiosk) throw fleetRefusal("ENROLL_CODE_UNKNOWN", "no kiosk has this enrollment code");
  if (kiosk.revokedAt) throw fleetRefusal("KIOSK_REVOKED", `kiosk ${kiosk.id} was revoked in the console`);
  if (kiosk.expiresAt) throw fleetRefusal("ENROLL_CODE_EXPIRED", "the enrollment code has expired: ask for a new one");
  if (kiosk.credentialHash?.equals(credentialHash)) return kiosk.id;
  throw fleetRefusal("ENROLL_CODE_USED", "the enrollment code was already used: ask for a new one");
}
