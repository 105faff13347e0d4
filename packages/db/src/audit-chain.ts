import {
  chainBreakAt,
  genesisHash,
  sha256Hex,
  type AuditChainBreak,
  type AuditChainHead,
  type AuditChainLink,
} from "@kiosk/fleet-contract";
import Database from "better-sqlite3";
import type { Db } from "./create-db";

/**
 * The audit log's hash chain on the kiosk. A row's `hash` is
 * `chainHash(prev_hash, auditDigest(row))`; `prev_hash` is the hash of the row
 * before it (by id). Rows written before migration 0012 have no hash: the
 * chain starts after them, its first `prev_hash` the genesis value. Retention
 * deletes the oldest rows and writes an `audit.purged` row naming the last
 * one's hash, so a verifier starts at the oldest row left and requires its
 * `prev_hash` to be that hash (the genesis with no purge); the backoffice,
 * which holds the head of what it was sent, catches a log cut short at the end.
 */

/** A row's own columns, as stored (`details` is the JSON text of the column). */
export interface AuditContent {
  id: number;
  at: number;
  actor: string;
  actorId: string | null;
  event: string;
  entityType: string;
  entityId: string;
  details: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface ChainedAuditRow extends AuditContent {
  prevHash: string | null;
  hash: string | null;
}

/** The digest of a row's content: a JSON array in a fixed order, so the same row always reads the same. */
export const auditDigest = (row: AuditContent): string =>
  sha256Hex(
    JSON.stringify([
      row.id,
      row.at,
      row.actor,
      row.actorId,
      row.event,
      row.entityType,
      row.entityId,
      row.details,
      row.ip,
      row.userAgent,
      row.requestId,
    ]),
  );

const rowColumns = `id, at, actor, actor_id as actorId, event, entity_type as entityType, entity_id as entityId,
  details, ip, user_agent as userAgent, request_id as requestId, prev_hash as prevHash, hash`;

/**
 * Where the chain ends, read in one statement: the id the next row takes (the
 * table's AUTOINCREMENT counter, so a deleted newest row leaves a gap the
 * verifier sees) and the hash it links to (the genesis value before the first
 * chained row).
 */
export function prepareChainEnd(db: Db): () => { nextId: number; hash: string } {
  const statement = db.$client.prepare<[], { seq: number; hash: string | null }>(
    `select coalesce((select seq from sqlite_sequence where name = 'audit_logs'), 0) as seq,
       (select hash from audit_logs order by id desc limit 1) as hash`,
  );
  return () => {
    const end = statement.get() ?? { seq: 0, hash: null };
    return { nextId: end.seq + 1, hash: end.hash ?? genesisHash };
  };
}

const isHash = (value: string | null): value is string => value !== null && /^[0-9a-f]{64}$/.test(value);

/**
 * The row as a link, with its digest computed now from what it holds now. A
 * hash column that holds no hash (emptied or overwritten) goes as zeros: a
 * link that can never verify, rather than a batch the backoffice would refuse.
 */
export const linkOf = (row: ChainedAuditRow): AuditChainLink => ({
  id: row.id,
  prevHash: isHash(row.prevHash) ? row.prevHash : genesisHash,
  hash: isHash(row.hash) ? row.hash : genesisHash,
  digest: auditDigest(row),
});

/**
 * The rows after `afterId`, oldest first, as links for a fleet batch; with no
 * `afterId` (the backoffice holds nothing yet), from the chain's first row.
 */
export function auditLinksAfter(sqlite: Database.Database, afterId: number | null, limit: number): AuditChainLink[] {
  const start = afterId ?? chainStart(sqlite).after;
  return sqlite
    .prepare<[number, number], ChainedAuditRow>(`select ${rowColumns} from audit_logs where id > ? order by id limit ?`)
    .all(start, limit)
    .map(linkOf);
}

export interface AuditChainVerdict {
  ok: boolean;
  /** Chained rows read. */
  checked: number;
  /** Rows before the chain began (written before migration 0012), skipped. */
  unchained: number;
  /** The first and last chained rows read: the verified stretch (null: none). */
  firstId: number | null;
  lastId: number | null;
  /** The `prev_hash` the stretch starts from, taken on trust: the genesis value, or a purged row's hash. */
  anchor: string | null;
  /** The last link read, where a later check may continue from. */
  head: AuditChainHead | null;
  /** The first break, at the row it is found at. */
  broken?: { id: number; reason: AuditChainBreak; event: string; at: number };
}

export interface VerifyOptions {
  /** Continue after this link (a check in stretches); from the oldest row otherwise. */
  after?: AuditChainHead;
  /** Read at most this many rows (the rest is for the next stretch). */
  limit?: number;
}

/**
 * Walks the audit log in id order, one row at a time (a million rows fit: it
 * streams), and reports the first row that does not continue the chain:
 * altered (its content or hash changed), deleted (a row before it is gone),
 * reordered, or unchained (no hash after the chain began).
 */
export function verifyAuditChain(sqlite: Database.Database, options: VerifyOptions = {}): AuditChainVerdict {
  const start = options.after ? { after: options.after.id, unchained: 0 } : chainStart(sqlite);
  // From the start, the first link's prev_hash is the one the last purge left (or the genesis): not taken on trust.
  const requiredAnchor = options.after ? null : expectedAnchor(sqlite);
  const rows = sqlite
    .prepare<[number, number], ChainedAuditRow>(`select ${rowColumns} from audit_logs where id > ? order by id limit ?`)
    .iterate(start.after, options.limit ?? -1);
  const verdict: AuditChainVerdict = {
    ok: true,
    checked: 0,
    unchained: start.unchained,
    firstId: null,
    lastId: null,
    anchor: options.after?.hash ?? null,
    head: null,
  };
  let previous: AuditChainHead | null = options.after ?? null;
  let pending: ChainedAuditRow | undefined;
  const settle = (row: ChainedAuditRow, next: ChainedAuditRow | undefined): boolean => {
    const reason: AuditChainBreak | null =
      row.hash === null || row.prevHash === null
        ? "unchained"
        : previous === null && requiredAnchor !== null && row.prevHash !== requiredAnchor
          ? "deleted"
          : chainBreakAt(previous, linkOf(row), next ? { hash: next.hash ?? "" } : undefined);
    verdict.checked += 1;
    verdict.firstId ??= row.id;
    verdict.anchor ??= row.prevHash;
    verdict.lastId = row.id;
    if (reason) {
      verdict.ok = false;
      verdict.broken = { id: row.id, reason, event: row.event, at: row.at };
      return false;
    }
    previous = { id: row.id, hash: row.hash ?? "" };
    verdict.head = previous;
    return true;
  };
  // One row of lookahead: a row's successor tells a reorder from a deletion.
  for (const row of rows) {
    // Leaving the loop early ends the statement's iteration, so the connection is free again.
    if (pending && !settle(pending, row)) return verdict;
    pending = row;
  }
  if (pending) settle(pending, undefined);
  return verdict;
}

/**
 * The `prev_hash` the oldest chained row must have: the hash of the last row
 * the newest `audit.purged` row says the retention deleted, or with no purge
 * (or only rows from before the chain purged) the genesis value. Rows deleted
 * by hand from the start of the log leave an oldest row linking elsewhere.
 */
function expectedAnchor(sqlite: Database.Database): string {
  const purged = sqlite
    .prepare<[], { details: string }>(
      "select details from audit_logs where event = 'audit.purged' order by id desc limit 1",
    )
    .get();
  if (!purged) return genesisHash;
  const { lastHash } = JSON.parse(purged.details) as { lastHash?: unknown };
  return typeof lastHash === "string" ? lastHash : genesisHash;
}

/** Where the chain begins: after the rows written before it (migration 0012), which are counted, not checked. */
function chainStart(sqlite: Database.Database): { after: number; unchained: number } {
  const first = sqlite
    .prepare<[], { id: number }>("select id from audit_logs where hash is not null order by id limit 1")
    .get();
  const before = first
    ? sqlite.prepare<[number], { n: number }>("select count(*) as n from audit_logs where id < ?").get(first.id)
    : sqlite.prepare<[], { n: number }>("select count(*) as n from audit_logs").get();
  const last = first ? first.id - 1 : Number.MAX_SAFE_INTEGER;
  return { after: last, unchained: before?.n ?? 0 };
}

/**
 * Verifies the chain of the database file at `path`, opened read-only and
 * never migrated (a copy, or the live file beside a running agent). Throws
 * when the file cannot be read or has no audit chain.
 */
export function verifyAuditChainFile(path: string): AuditChainVerdict {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return verifyAuditChain(sqlite);
  } finally {
    sqlite.close();
  }
}
