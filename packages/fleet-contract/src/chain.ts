import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * The kiosk's audit log as a hash chain: each row's `hash` is
 * `sha256(prevHash + ":" + digest)`, the digest covering the row's own content
 * (`auditDigest` in @kiosk/db). The kiosk keeps it (packages/db/src/audit.ts),
 * `pnpm audit:verify` checks it offline, and every fleet batch carries the
 * links written since the backoffice's head, which the backoffice checks
 * (apps/backoffice/src/audit-chain.ts). Both checks are `chainBreakAt`.
 */

/** The `prev_hash` of the very first link (a log that never had a row before the chain). */
export const genesisHash = "0".repeat(64);

export const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");

/** A link's hash from the one before it and its own content's digest. */
export const chainHash = (prevHash: string, digest: string): string => sha256Hex(`${prevHash}:${digest}`);

/** How a chain can be broken, each with what it means for the history. */
export const auditChainBreaks = {
  altered: "its content no longer matches its hash (edited after it was written)",
  deleted: "the row before it is missing (a row was deleted or replaced)",
  reordered: "it links to a row that comes after it (rows were reordered)",
  unchained: "it has no hash though the chain had begun (written around the audit)",
} as const;
export type AuditChainBreak = keyof typeof auditChainBreaks;

/** Links per batch at most: a kiosk that was offline for long catches up a batch at a time. */
export const maxAuditLinksPerBatch = 2_000;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 in lowercase hex");
const rowId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** The last link the backoffice holds for a kiosk: the chain continues from it. */
export const auditChainHead = z.object({ id: rowId, hash: hex64 }).strict();
export type AuditChainHead = z.infer<typeof auditChainHead>;

/** One audit row as a link: its stored hashes and the digest of its content as it is now. */
export const auditChainLink = z.object({ id: rowId, prevHash: hex64, hash: hex64, digest: hex64 }).strict();
export type AuditChainLink = z.infer<typeof auditChainLink>;

/** The first break found, by the row it is found at. */
export const auditChainProblem = z
  .object({ id: rowId, reason: z.enum(Object.keys(auditChainBreaks) as [AuditChainBreak, ...AuditChainBreak[]]) })
  .strict();
export type AuditChainProblem = z.infer<typeof auditChainProblem>;

/**
 * What the kiosk's own check of its whole log found (`verifyAuditChain`): the
 * links already sent are checked again there, so an edit of an old row is
 * caught too. `checkedTo` is the last row it read (null: an empty log).
 */
export const auditChainCheck = z
  .object({ ok: z.boolean(), checkedTo: rowId.nullable(), broken: auditChainProblem.optional() })
  .strict();
export type AuditChainCheck = z.infer<typeof auditChainCheck>;

/** What a batch carries of the chain: the links after the backoffice's head, in order, and the kiosk's last check. */
export const auditChainBatch = z
  .object({ entries: z.array(auditChainLink).max(maxAuditLinksPerBatch), check: auditChainCheck.optional() })
  .strict();
export type AuditChainBatch = z.infer<typeof auditChainBatch>;

/**
 * Why `link` does not continue the chain after `previous` (null: it does).
 * `previous` is the link before it (null at the chain's first link, whose
 * `prevHash` is taken on trust: genesis, or the hash of a purged row); `next`,
 * when known, tells a reorder from a deletion: a row whose `prevHash` is the
 * hash of the row after it was moved.
 */
export function chainBreakAt(
  previous: AuditChainHead | null,
  link: AuditChainLink,
  next?: Pick<AuditChainLink, "hash">,
): AuditChainBreak | null {
  if (previous && link.prevHash !== previous.hash) return next && link.prevHash === next.hash ? "reordered" : "deleted";
  if (previous && link.id !== previous.id + 1) return "deleted";
  if (chainHash(link.prevHash, link.digest) !== link.hash) return "altered";
  return null;
}
