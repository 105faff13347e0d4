import { createHash, timingSafeEqual } from "node:crypto";
import type { BackofficeConfig } from "./config";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares in constant time (digests of equal length), so timing tells nothing of the expected token. */
export function sameToken(given: string | null, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** Whose kiosk token this is, or null; every kiosk's is compared, so the time does not say which. */
export function kioskOfToken(config: BackofficeConfig, token: string | null): string | null {
  let owner: string | null = null;
  for (const [kioskId, expected] of config.kioskTokens) if (sameToken(token, expected)) owner = kioskId;
  return owner;
}

export const isKioskToken = (config: BackofficeConfig, token: string | null) => kioskOfToken(config, token) !== null;

/** A kiosk's or the operator's token: a caller whose body is worth reading. */
export const isKnownToken = (config: BackofficeConfig, token: string | null) =>
  isKioskToken(config, token) || sameToken(token, config.operatorToken);
