import { createHash, timingSafeEqual } from "node:crypto";

/** Reads a bearer token from an Authorization header value. */
export function bearerToken(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1] ?? null;
}

/**
 * Constant-time comparison: hashing first gives equal lengths, so neither the
 * contents nor the length of the secret leak through timing.
 */
export function tokenMatches(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
