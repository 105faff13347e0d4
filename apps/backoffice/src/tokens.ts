import { createHash } from "node:crypto";
import { DomainError } from "@kiosk/core";
import { tokenMatches } from "@kiosk/node-http";
import { eq } from "drizzle-orm";
import type { BackofficeConfig } from "./config";
import type { BackofficeDb } from "./db";
import { fleetRefusal } from "./errors";
import { kiosks } from "./schema";

export interface CredentialDeps {
  db: BackofficeDb;
  config: BackofficeConfig;
}

/** What PostgreSQL keeps of a kiosk's credential (and of an enrollment code): its sha256, never the secret. */
export const secretHash = (secret: string): Buffer => createHash("sha256").update(secret, "utf8").digest();

/** Whose legacy `BACKOFFICE_KIOSK_TOKENS` token this is; every entry is compared, so the time does not say which. */
function legacyKioskOf(config: BackofficeConfig, token: string): string | null {
  let owner: string | null = null;
  for (const [kioskId, expected] of config.kioskTokens) if (tokenMatches(token, expected)) owner = kioskId;
  return owner;
}

/**
 * The kiosk a credential belongs to, or null when it is nobody's: first an
 * enrolled kiosk's (looked up by its sha256), then the legacy list (for a
 * kiosk that has no credential of its own yet). A revoked
 * kiosk is refused whichever way it authenticates (403 KIOSK_REVOKED), from
 * its next request on, on every replica: the list's kiosks are revoked in
 * PostgreSQL too.
 */
export async function kioskOfToken(deps: CredentialDeps, token: string | null): Promise<string | null> {
  if (!token) return null;
  const [enrolled] = await deps.db
    .select({ id: kiosks.id, revokedAt: kiosks.revokedAt })
    .from(kiosks)
    .where(eq(kiosks.credentialHash, secretHash(token)));
  let kiosk = enrolled ?? null;
  if (!kiosk) {
    const legacy = legacyKioskOf(deps.config, token);
    if (!legacy) return null;
    const [row] = await deps.db
      .select({ revokedAt: kiosks.revokedAt, credentialHash: kiosks.credentialHash })
      .from(kiosks)
      .where(eq(kiosks.id, legacy));
    // A listed kiosk that enrolled or rotated since pushes with its own credential: the list's token is done.
    if (row?.credentialHash) return null;
    kiosk = { id: legacy, revokedAt: row?.revokedAt ?? null };
  }
  if (kiosk.revokedAt) throw fleetRefusal("KIOSK_REVOKED", `kiosk ${kiosk.id} was revoked in the console`);
  return kiosk.id;
}

/** The kiosk whose credential the request carries: 401 without one, 403 when it is nobody's or revoked. */
export async function authenticateKiosk(deps: CredentialDeps, token: string | null): Promise<string> {
  if (!token) throw new DomainError("UNAUTHORIZED", "a kiosk token is required");
  const kioskId = await kioskOfToken(deps, token);
  if (!kioskId) throw new DomainError("FORBIDDEN", "not a kiosk token");
  return kioskId;
}

/** A kiosk's or the operator's token: a caller whose body is worth reading (a revoked kiosk's is not). */
export async function isKnownToken(deps: CredentialDeps, token: string | null): Promise<boolean> {
  if (tokenMatches(token, deps.config.operatorToken)) return true;
  return (await kioskOfToken(deps, token).catch(() => null)) !== null;
}
