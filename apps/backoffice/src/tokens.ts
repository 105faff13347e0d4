import { tokenMatches } from "@kiosk/node-http";
import type { BackofficeConfig } from "./config";

/** Whose kiosk token this is, or null; every kiosk's is compared, so the time does not say which. */
export function kioskOfToken(config: BackofficeConfig, token: string | null): string | null {
  let owner: string | null = null;
  for (const [kioskId, expected] of config.kioskTokens) if (tokenMatches(token, expected)) owner = kioskId;
  return owner;
}

export const isKioskToken = (config: BackofficeConfig, token: string | null) => kioskOfToken(config, token) !== null;

/** A kiosk's or the operator's token: a caller whose body is worth reading. */
export const isKnownToken = (config: BackofficeConfig, token: string | null) =>
  isKioskToken(config, token) || tokenMatches(token, config.operatorToken);
