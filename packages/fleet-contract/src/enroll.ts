import { z } from "zod";
import { callFleet, type FleetCallOptions, type FleetCallResult } from "./fleet-call";
import { idText } from "./fields";

/**
 * A kiosk's enrollment: an admin creates the kiosk in the console and reads
 * its one-time code to whoever installs it; the agent (`FLEET_ENROLL_CODE`)
 * sends that code with a credential it made itself, and from then on pushes
 * with that credential. The backoffice keeps only the sha256 of either.
 */
export const enrollPath = "/api/fleet/enroll";

/**
 * Crockford's base32 (no I, L, O, U): a code read aloud or off a screen is
 * typed without confusing 0/O or 1/I/L. 20 symbols are 100 random bits,
 * written in groups of four: `7K3Q-...`.
 */
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const enrollCodeSymbols = 20;

/** The code as both ends hash it: upper case, no dashes or spaces, O read as 0 and I, L as 1. */
export function normalizeEnrollCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** A fresh code from `bytes` (at least 13 random bytes), grouped by four for reading. */
export function formatEnrollCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < enrollCodeSymbols) {
      out += crockford[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (out.length < enrollCodeSymbols) throw new Error("an enrollment code needs at least 13 random bytes");
  return out.match(/.{4}/g)?.join("-") ?? out;
}

export const enrollCode = z
  .string()
  .max(64)
  .transform(normalizeEnrollCode)
  .refine((code) => new RegExp(`^[${crockford}]{${enrollCodeSymbols}}$`).test(code), "not an enrollment code");

/** A credential a kiosk made itself: at least 32 random bytes, base64url. */
export const kioskCredential = z.string().regex(/^[A-Za-z0-9_-]{43,128}$/, "at least 32 random bytes, base64url");

export const enrollRequest = z.object({ code: enrollCode, token: kioskCredential }).strict();
export type EnrollRequest = z.input<typeof enrollRequest>;

/** The kiosk's id in the fleet: the one the admin created, whatever the agent's KIOSK_ID says. */
export const enrollAnswer = z.object({ kioskId: idText }).strict();
export type EnrollAnswer = z.infer<typeof enrollAnswer>;

/**
 * The backoffice's own codes for an enrollment or a credential it refuses:
 * unknown code (404), used by another credential (409), past its expiry
 * (409), and a kiosk revoked in the console (403, on any kiosk request).
 */
export const fleetCredentialRefusals = [
  "ENROLL_CODE_UNKNOWN",
  "ENROLL_CODE_USED",
  "ENROLL_CODE_EXPIRED",
  "KIOSK_REVOKED",
] as const;
export type FleetCredentialRefusal = (typeof fleetCredentialRefusals)[number];

/** Exchanges the one-time code for the credential the kiosk made (`POST /api/fleet/enroll`). */
export const enrollKiosk = (
  options: Omit<FleetCallOptions, "token">,
  request: EnrollRequest,
): Promise<FleetCallResult<EnrollAnswer>> =>
  callFleet(options, { method: "POST", path: enrollPath, body: request }, enrollAnswer);
