import { DomainError } from "@kiosk/core";
import type { BackofficeConfig } from "../config";
import type { BackofficeDb } from "../db";
import { rateLimitedClient } from "../report-links/address";
import { createLinkRateLimiter, type LinkRateLimiter } from "../report-links/rate-limit";

/**
 * The sign-in throttles, in PostgreSQL's rate windows so every replica counts
 * the same attempts. Both are keyed by the client's address: an attempt from
 * one address never counts against a person signing in from another, so no
 * one can keep someone else out by trying their email (the per-account
 * lockout, `lockout.ts`, is the guard against guessing one password).
 */
export interface SignInGuards {
  /** Every attempt from one address, whatever the email. */
  byAddress: LinkRateLimiter;
  /** Attempts from one address for one email, counted only once past `byAddress`. */
  byAddressAndEmail: LinkRateLimiter;
  /** Where an email without an account keeps its failures (`lockout.ts`): a keyed hash, the email never in clear. */
  unknownEmailKey(email: string): Buffer;
}

export async function createSignInGuards(
  db: BackofficeDb,
  config: Pick<BackofficeConfig, "loginRatePerMinute" | "loginAddressRatePerMinute">,
): Promise<SignInGuards> {
  // One email's limit is within its address's: a lower address limit would make it meaningless.
  const perAddress = Math.max(config.loginAddressRatePerMinute, config.loginRatePerMinute);
  const byAddress = await createLinkRateLimiter(db, perAddress, "login");
  return {
    byAddress,
    byAddressAndEmail: await createLinkRateLimiter(db, config.loginRatePerMinute, "login-email"),
    // An address's key never holds a NUL, so this one is no address's.
    unknownEmailKey: (email) => byAddress.hashOf(`unknown-email\u0000${email}`),
  };
}

/** Counts a sign-in attempt from `ip` for `email`; 429 past either limit, before any password is checked. */
export async function throttleSignIn(guards: SignInGuards, ip: string, email: string): Promise<void> {
  const byAddress = await guards.byAddress.take(ip);
  const limit = byAddress.allowed
    ? await guards.byAddressAndEmail.takeKey(`${rateLimitedClient(ip)}\u0000${email}`)
    : byAddress;
  if (limit.allowed) return;
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    `Слишком много попыток входа: подождите ${limit.retryAfterSeconds} с. Too many sign-in attempts: wait ${limit.retryAfterSeconds} s.`,
    { retryAfterSeconds: limit.retryAfterSeconds },
  );
}
