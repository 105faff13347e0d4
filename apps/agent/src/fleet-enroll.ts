import { randomBytes } from "node:crypto";
import { ConfigError, type Clock, type Config } from "@kiosk/core";
import { keepFleetCredential, savePendingCredential, storedFleetCredential, type Db } from "@kiosk/db";
import { enrollKiosk } from "@kiosk/fleet-contract";

/**
 * How this kiosk authenticates to its backoffice, decided at start: the
 * credential it enrolled with (which wins over FLEET_TOKEN), else
 * FLEET_TOKEN (legacy), else FLEET_ENROLL_CODE, exchanged by the fleet
 * worker. None of them with a FLEET_URL is a configuration error.
 */
export type FleetAccess =
  | { kind: "credential"; kioskId: string; token: string; source: "enrolled" | "FLEET_TOKEN" }
  | { kind: "enroll"; code: string };

export function fleetAccessAtStart(db: Db, fleet: Config["fleet"]): FleetAccess | null {
  if (!fleet.url) return null;
  const stored = storedFleetCredential(db);
  if (stored?.enrolled) return { kind: "credential", kioskId: stored.kioskId, token: stored.token, source: "enrolled" };
  if (fleet.enrollCode) return { kind: "enroll", code: fleet.enrollCode };
  if (fleet.token) return { kind: "credential", kioskId: fleet.kioskId, token: fleet.token, source: "FLEET_TOKEN" };
  throw new ConfigError(
    "fleet.token: needs FLEET_TOKEN or FLEET_ENROLL_CODE when FLEET_URL is set (or a credential enrolled before)",
  );
}

/** What the enrollment step works on: the worker's live credential, filled in once enrolled. */
export interface EnrollmentDeps {
  db: Db;
  clock: Clock;
  config: { url: string; kioskId: string; token: string; timeoutMs: number };
  code: string;
  /** Told once the backoffice took the credential, with the id it knows the kiosk by. */
  onEnrolled?: (kioskId: string, configuredId: string) => void;
}

/** A credential of 32 random bytes, base64url: made on the kiosk, never seen by a person. */
export const newFleetCredential = () => randomBytes(32).toString("base64url");

/**
 * One try at enrolling: the credential is stored before it is sent (a crash
 * mid-exchange sends the same one again, which the backoffice answers as the
 * same enrollment), then exchanged with the code. On success the worker's
 * config holds it and the answered kiosk id; on failure the caller backs
 * off and tries again, and the kiosk keeps selling meanwhile.
 */
export async function enrollOnce(deps: EnrollmentDeps): Promise<void> {
  const pending = storedFleetCredential(deps.db);
  const token = pending?.token ?? newFleetCredential();
  if (!pending) savePendingCredential(deps.db, deps.config.kioskId, token);
  const answer = await enrollKiosk(
    { url: deps.config.url, timeoutMs: deps.config.timeoutMs },
    { code: deps.code, token },
  );
  if (!answer.ok)
    throw new Error(`enrollment refused: ${answer.code} (${answer.status ?? "no answer"}): ${answer.message}`);
  keepFleetCredential(deps.db, answer.answer.kioskId, token, deps.clock.now());
  const configuredId = deps.config.kioskId;
  deps.config.kioskId = answer.answer.kioskId;
  deps.config.token = token;
  deps.onEnrolled?.(answer.answer.kioskId, configuredId);
}

/**
 * The fleet worker's first step while the kiosk is not enrolled: one try per
 * due pass, backing off (`retryDelay`: the pushes' own) after a failure.
 * Says whether the kiosk may push now.
 */
export function enrollmentStep(
  deps: EnrollmentDeps & { retryDelay: (attempts: number) => number },
  onError: (error: unknown) => void,
): () => Promise<boolean> {
  let enrolled = false;
  let attempts = 0;
  let nextTryAt = 0;
  return async () => {
    if (enrolled) return true;
    if (deps.clock.now() < nextTryAt) return false;
    try {
      await enrollOnce(deps);
      enrolled = true;
    } catch (error) {
      nextTryAt = deps.clock.now() + deps.retryDelay(attempts++);
      onError(error);
    }
    return enrolled;
  };
}
