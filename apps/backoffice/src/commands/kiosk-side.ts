import { conflict, notFound, parseInput } from "@kiosk/core";
import {
  commandResultRequest,
  commandsPerFetch,
  rotatedCredential,
  type CommandResultAnswer,
  type CommandResultRequest,
  type FleetCommand,
} from "@kiosk/fleet-contract";
import { isDeepStrictEqual } from "node:util";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordConsoleAction } from "../console-audit";
import type { BackofficeDb } from "../db";
import { kioskCommands, kiosks } from "../schema";
import { secretHash } from "../tokens";
import { overdue } from "./queue";

/**
 * A kiosk's pending commands, oldest first, at most `commandsPerFetch`: its
 * overdue ones are expired first, in the same transaction, so a
 * kiosk back after its commands' expiry never runs them. Each one handed out
 * is marked fetched (and counted): from then on it waits for its result.
 */
export async function takeCommands(db: BackofficeDb, kioskId: string): Promise<FleetCommand[]> {
  const rows = await db.transaction(async (tx) => {
    await tx
      .update(kioskCommands)
      .set({ status: "expired", finishedAt: sql`now()` })
      .where(and(eq(kioskCommands.kioskId, kioskId), overdue));
    return tx.execute<{ id: string }>(sql`
      update ${kioskCommands}
      set fetched_at = coalesce(fetched_at, now()), fetches = fetches + 1
      where id in (select id from ${kioskCommands}
        where kiosk_id = ${kioskId} and status = 'pending'
        order by created_at, id limit ${commandsPerFetch} for update)
      returning id`);
  });
  const ids = rows.rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const taken = await db.select().from(kioskCommands).where(inArray(kioskCommands.id, ids));
  return taken
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map(
      (row) =>
        ({
          id: row.id,
          kind: row.kind,
          params: row.params,
          requestedBy: row.requestedBy,
          requestedByEmail: row.requestedByEmail,
          createdAt: row.createdAt.getTime(),
          expiresAt: row.expiresAt.getTime(),
        }) as FleetCommand,
    );
}

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];
type CommandRow = typeof kioskCommands.$inferSelect;

/**
 * What is stored of a result: as sent, except a rotation's, whose new
 * credential takes the kiosk's old one's place here (the old one stops
 * working now) and is never stored itself. A rotation with no credential row
 * to take it (a legacy-list kiosk never written here, or one revoked) is
 * stored and answered `failed`: the kiosk keeps its old credential.
 */
async function storedOutcomeOf(tx: Tx, command: CommandRow, result: CommandResultRequest) {
  const sent = { status: result.status, result: result.result ?? null, error: result.error ?? null };
  if (command.kind !== "rotate_credential" || result.status !== "done") return sent;
  const { token } = parseInput(rotatedCredential, result.result);
  const rotated = await tx
    .update(kiosks)
    .set({ credentialHash: secretHash(token), credentialIssuedAt: sql`now()` })
    .where(and(eq(kiosks.id, command.kioskId), isNull(kiosks.revokedAt)))
    .returning({ id: kiosks.id });
  if (rotated.length === 0) {
    const error = "no credential of this kiosk to replace (revoked, or only in BACKOFFICE_KIOSK_TOKENS)";
    return { status: "failed" as const, result: { rotated: false }, error };
  }
  await recordConsoleAction(tx, {
    operator: { id: command.requestedBy, email: command.requestedByEmail },
    action: "kiosk.credential_rotated",
    kioskId: command.kioskId,
    target: command.id,
  });
  return { ...sent, result: { rotated: true } };
}

/** Whether a result sent again is the one stored (a retry after a lost answer). */
async function sameResult(tx: Tx, command: CommandRow, result: CommandResultRequest): Promise<boolean> {
  // A rotation this side answered failed (no row to take it) is answered failed again.
  if (command.kind === "rotate_credential" && command.result?.rotated === false) return result.status === "done";
  if (command.status !== result.status || (command.error ?? undefined) !== result.error) return false;
  if (command.kind === "rotate_credential" && result.status === "done") {
    const token = rotatedCredential.safeParse(result.result);
    if (!token.success) return false;
    const [kiosk] = await tx
      .select({ credentialHash: kiosks.credentialHash })
      .from(kiosks)
      .where(eq(kiosks.id, command.kioskId));
    return kiosk?.credentialHash?.equals(secretHash(token.data.token)) ?? false;
  }
  return isDeepStrictEqual(command.result ?? undefined, result.result);
}

/**
 * A kiosk's result for one of its own commands, stored once: the same result
 * again is answered as the first was; another one is 409. Another kiosk's
 * command (or none) is 404, the same answer, so ids cannot be probed. A
 * result for a command marked expired is stored as what happened: the kiosk
 * says it ran it.
 */
export async function storeCommandResult(
  db: BackofficeDb,
  kioskId: string,
  id: string,
  body: unknown,
): Promise<CommandResultAnswer> {
  const result = parseInput(commandResultRequest, body);
  return db.transaction(async (tx) => {
    const [command] = await tx
      .select()
      .from(kioskCommands)
      .where(and(eq(kioskCommands.id, id), eq(kioskCommands.kioskId, kioskId)))
      .for("update");
    if (!command) throw notFound("command", id);
    if (command.status === "done" || command.status === "failed") {
      if (await sameResult(tx, command, result)) return { id, status: command.status };
      throw conflict(`command ${id} already has its result (${command.status})`, { id, status: command.status });
    }
    const stored = await storedOutcomeOf(tx, command, result);
    await tx
      .update(kioskCommands)
      .set({ ...stored, finishedAt: sql`now()` })
      .where(eq(kioskCommands.id, id));
    return { id, status: stored.status };
  });
}
