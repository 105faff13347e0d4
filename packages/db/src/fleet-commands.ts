import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "./create-db";
import { fleetCommands, fleetCredentials } from "./schema";

/**
 * The kiosk's side of the fleet's credential and command queue, in SQLite so
 * that a restart (or a kill) forgets nothing: a credential made for
 * enrollment is stored before it is sent, and a command is recorded
 * `running` before it acts.
 */

export type FleetCommandRow = typeof fleetCommands.$inferSelect;

/**
 * The credential this kiosk holds: `enrolled` once the backoffice has taken
 * it; before that (`enrolled_at` 0) it is the one made for an enrollment still
 * under way, sent again with the code until the backoffice answers.
 */
export function storedFleetCredential(db: DbOrTx): { kioskId: string; token: string; enrolled: boolean } | null {
  const row = db.select().from(fleetCredentials).limit(1).get();
  return row ? { kioskId: row.kioskId, token: row.token, enrolled: row.enrolledAt > 0 } : null;
}

/** Keeps the credential an enrollment will present, before presenting it (a crash retries with the same one). */
export function savePendingCredential(db: DbOrTx, kioskId: string, token: string): void {
  db.insert(fleetCredentials).values({ kioskId, token, enrolledAt: 0 }).onConflictDoNothing().run();
}

/**
 * The credential the backoffice took (an enrollment's answer, a rotation's):
 * this kiosk's from now on, under the id the backoffice knows it by. On a
 * FLEET_TOKEN kiosk a rotation's becomes its first stored one, and wins.
 */
export function keepFleetCredential(db: DbOrTx, kioskId: string, token: string, now: number): void {
  db.transaction((tx) => {
    tx.delete(fleetCredentials).run();
    tx.insert(fleetCredentials).values({ kioskId, token, enrolledAt: now }).run();
  });
}

/**
 * A command as the backoffice handed it, recorded `running` before anything
 * is done; an id recorded before is not recorded again (the row as it stands
 * is returned, and `fresh` is false).
 */
export function beginFleetCommand(
  db: DbOrTx,
  command: { id: string; kind: string; params: Record<string, unknown>; requestedBy: string; requestedByEmail: string },
  now: number,
): { row: FleetCommandRow; fresh: boolean } {
  const [inserted] = db
    .insert(fleetCommands)
    .values({
      id: command.id,
      kind: command.kind,
      params: command.params,
      requestedBy: command.requestedBy,
      requestedByEmail: command.requestedByEmail,
      receivedAt: now,
      status: "running",
    })
    .onConflictDoNothing()
    .returning()
    .all();
  if (inserted) return { row: inserted, fresh: true };
  const row = db.select().from(fleetCommands).where(eq(fleetCommands.id, command.id)).get();
  if (!row) throw new Error(`fleet command ${command.id} went away`);
  return { row, fresh: false };
}

/** What a command came to, kept until the backoffice has it. */
export function finishFleetCommand(
  db: DbOrTx,
  id: string,
  outcome: { status: "done" | "failed"; result?: Record<string, unknown>; error?: string },
  now: number,
): void {
  db.update(fleetCommands)
    .set({
      status: outcome.status,
      result: outcome.result ?? null,
      error: outcome.error ?? null,
      finishedAt: now,
      reportedAt: null,
    })
    .where(eq(fleetCommands.id, id))
    .run();
}

/** The backoffice asks again for a command it already has a run of: its result is reported again. */
export const reportFleetCommandAgain = (db: DbOrTx, id: string) =>
  db
    .update(fleetCommands)
    .set({ reportedAt: null })
    .where(and(eq(fleetCommands.id, id), inArray(fleetCommands.status, ["done", "failed"])))
    .run();

/** Commands that were running when the agent last stopped: it died during them. */
export const interruptedFleetCommands = (db: DbOrTx): FleetCommandRow[] =>
  db
    .select()
    .from(fleetCommands)
    .where(eq(fleetCommands.status, "running"))
    .orderBy(asc(fleetCommands.receivedAt))
    .all();

/** Finished commands whose result the backoffice has not taken yet, oldest first. */
export const unreportedFleetCommands = (db: DbOrTx, limit: number): FleetCommandRow[] =>
  db
    .select()
    .from(fleetCommands)
    .where(and(isNull(fleetCommands.reportedAt), inArray(fleetCommands.status, ["done", "failed"])))
    .orderBy(asc(fleetCommands.finishedAt))
    .limit(limit)
    .all();

/** The backoffice took the result; `result` replaces what is kept (a rotation's secret is not). */
export function markFleetCommandReported(db: DbOrTx, id: string, now: number, result?: Record<string, unknown>): void {
  db.update(fleetCommands)
    .set({ reportedAt: now, ...(result ? { result } : {}) })
    .where(eq(fleetCommands.id, id))
    .run();
}
