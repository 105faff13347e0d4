import { statfsSync } from "node:fs";
import type { Db } from "./create-db";
import { storageProbe } from "./schema";

export interface StorageStatus {
  ok: boolean;
  /** Bytes free for this process on the storage file system, or null for an in-memory database. */
  freeBytes: number | null;
  /** Why it is not ok: `storage_low`, or the write probe's error code. */
  reason: string | null;
}

/** Bytes an unprivileged writer may still use under `path`. */
export function freeBytesAt(path: string): number {
  const stats = statfsSync(path);
  return stats.bavail * stats.bsize;
}

/**
 * Whether storage can take the agent's writes: a committed write to the probe
 * row succeeds, and at least `minFreeBytes` are free (so a report's PDF and the
 * WAL still fit). Answers /readyz.
 */
export function checkStorage(db: Db, storagePath: string | null, minFreeBytes: number, now: number): StorageStatus {
  const freeBytes = storagePath === null ? null : freeBytesAt(storagePath);
  try {
    db.insert(storageProbe)
      .values({ id: 1, at: now })
      .onConflictDoUpdate({ target: storageProbe.id, set: { at: now } })
      .run();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, freeBytes, reason: typeof code === "string" ? code : "write_failed" };
  }
  if (freeBytes !== null && freeBytes < minFreeBytes) return { ok: false, freeBytes, reason: "storage_low" };
  return { ok: true, freeBytes, reason: null };
}
