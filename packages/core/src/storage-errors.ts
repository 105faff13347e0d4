import { DomainError } from "./errors";

/** SQLite result codes (and extended ones by prefix) that mean storage cannot take a write right now. */
const sqliteStorageCodes = ["SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_BUSY"];
/** File-system errno codes with the same meaning for the PDFs and the outbox files. */
const fsStorageCodes = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO"]);

/**
 * A storage failure (disk full, read-only, I/O error) as the domain error the
 * API answers with 503, or null when `error` is something else. The caller may
 * retry later; nothing half-written was acknowledged.
 */
export function storageFailureOf(error: unknown): DomainError | null {
  if (error instanceof DomainError && error.code === "STORAGE_UNAVAILABLE") return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  const full = code === "SQLITE_FULL" || code === "ENOSPC" || code === "EDQUOT";
  if (!full && !sqliteStorageCodes.some((prefix) => code.startsWith(prefix)) && !fsStorageCodes.has(code)) {
    return null;
  }
  return new DomainError(
    "STORAGE_UNAVAILABLE",
    full ? "the kiosk's storage is full; try again later" : "the kiosk's storage cannot be written; try again later",
    { reason: full ? "storage_full" : "storage_failure" },
    { cause: error },
  );
}
