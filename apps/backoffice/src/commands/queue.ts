import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { conflict, notFound } from "@kiosk/core";
import type { CommandRequest } from "@kiosk/fleet-contract";
import { and, desc, eq, lte, sql, type SQL } from "drizzle-orm";
import type { BackofficeConfig } from "../config";
import { recordConsoleAction } from "../console-audit";
import type { BackofficeDb } from "../db";
import type { OperatorIdentity } from "../procedures";
import { kioskCommands, kiosks, type CommandStatus } from "../schema";

type DbOrTx = BackofficeDb | Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

/** A command's id, the kiosk's idempotency key: 96 random bits, never derived from anything. */
export const newCommandId = () => `cmd_${randomBytes(12).toString("base64url")}`;

/** What an operator asks of one kiosk, as the console's verbs pass it. */
export interface QueuedCommand {
  kioskId: string;
  request: CommandRequest;
  operator: Pick<OperatorIdentity, "id" | "email">;
  ip: string;
  /** The console's key for the submission (`commands.create`); none for the console's own rotation. */
  requestKey?: string;
}

/** A kiosk commands can be sent to: known (enrolled, heard from, or in the legacy list) and not revoked. */
async function assertCommandable(db: DbOrTx, config: BackofficeConfig, kioskId: string): Promise<void> {
  const [kiosk] = await db.select({ revokedAt: kiosks.revokedAt }).from(kiosks).where(eq(kiosks.id, kioskId));
  if (!kiosk && !config.kioskTokens.has(kioskId)) throw notFound("kiosk", kioskId);
  if (kiosk?.revokedAt) throw conflict(`kiosk ${kioskId} was revoked: it takes no commands`, { kioskId });
}

/**
 * Queues one command for a kiosk with the console's audit row, in the
 * caller's transaction (or one of its own): the person's id and email stay
 * on the command, and the kiosk writes them into its own audit rows. It
 * expires `commandTtlMinutes` from now (PostgreSQL's time) unless answered. A submission sent
 * again under its `requestKey` (a lost answer, a double click) is answered
 * the command it queued the first time, never a second one; the same key
 * with another kind or params is refused (409).
 */
export async function queueCommand(
  db: BackofficeDb,
  config: BackofficeConfig,
  command: QueuedCommand,
): Promise<CommandView> {
  return db.transaction(async (tx) => {
    await assertCommandable(tx, config, command.kioskId);
    const [row] = await tx
      .insert(kioskCommands)
      .values({
        id: newCommandId(),
        kioskId: command.kioskId,
        kind: command.request.kind,
        params: command.request.params,
        requestedBy: command.operator.id,
        requestedByEmail: command.operator.email,
        requestKey: command.requestKey ?? null,
        expiresAt: sql`now() + make_interval(mins => ${config.commandTtlMinutes})`,
      })
      .onConflictDoNothing({ target: [kioskCommands.kioskId, kioskCommands.requestKey] })
      .returning();
    if (!row) return queuedBefore(tx, command);
    await recordConsoleAction(tx, {
      operator: command.operator,
      action: "command.created",
      kioskId: command.kioskId,
      target: row.id,
      details: { kind: row.kind, params: row.params },
      ip: command.ip,
    });
    return toCommandView(row);
  });
}

/** The command a submission queued before under the same key, if it asked the same thing. */
async function queuedBefore(tx: DbOrTx, command: QueuedCommand): Promise<CommandView> {
  const [row] = await tx
    .select()
    .from(kioskCommands)
    .where(and(eq(kioskCommands.kioskId, command.kioskId), eq(kioskCommands.requestKey, command.requestKey ?? "")));
  if (!row) throw new Error("the command was not stored");
  if (row.kind !== command.request.kind || !isDeepStrictEqual(row.params, command.request.params)) {
    throw conflict(`request key ${command.requestKey ?? ""} was used for another command (${row.id})`, {
      id: row.id,
    });
  }
  return toCommandView(row);
}

/**
 * Commands past their expiry with no result become `expired` (never dropped),
 * fetched or not: a fetch whose answer was lost must not open a cell days
 * later. The kiosk refuses one past `expiresAt` itself too; a result that
 * comes late is stored all the same, as what the kiosk did.
 */
export const overdue = and(eq(kioskCommands.status, "pending"), lte(kioskCommands.expiresAt, sql`now()`)) as SQL;

/** Marks up to `batch` overdue commands `expired` (every replica may run it: `skip locked`); how many. */
export async function expireOverdueCommands(db: BackofficeDb, batch = 256): Promise<number> {
  const expired = await db.execute(sql`
    update ${kioskCommands} set status = 'expired', finished_at = now()
    where id in (select id from ${kioskCommands} where ${overdue}
      order by created_at limit ${batch} for update skip locked)`);
  return expired.rowCount ?? 0;
}

type CommandRow = typeof kioskCommands.$inferSelect;

/** A command as the console shows it; times in epoch ms. */
export interface CommandView {
  id: string;
  kioskId: string;
  kind: string;
  params: Record<string, unknown>;
  status: CommandStatus;
  requestedBy: string;
  requestedByEmail: string;
  createdAt: number;
  expiresAt: number;
  fetchedAt: number | null;
  fetches: number;
  finishedAt: number | null;
  result: Record<string, unknown> | null;
  error: string | null;
}

export const toCommandView = (row: CommandRow): CommandView => ({
  id: row.id,
  kioskId: row.kioskId,
  kind: row.kind,
  params: row.params,
  status: row.status,
  requestedBy: row.requestedBy,
  requestedByEmail: row.requestedByEmail,
  createdAt: row.createdAt.getTime(),
  expiresAt: row.expiresAt.getTime(),
  fetchedAt: row.fetchedAt?.getTime() ?? null,
  fetches: row.fetches,
  finishedAt: row.finishedAt?.getTime() ?? null,
  result: row.result,
  error: row.error,
});

/** The status as of now: a command past its expiry with no result reads `expired` before the sweep writes it. */
const statusNow = sql<CommandStatus>`case when ${overdue} then 'expired' else ${kioskCommands.status} end`;

export interface ListCommandsInput {
  kioskId?: string | undefined;
  status?: CommandStatus | undefined;
  limit: number;
}

/** The newest commands first, of one kiosk or all, in one status or any. */
export async function listCommands(db: BackofficeDb, input: ListCommandsInput): Promise<CommandView[]> {
  const rows = await db
    .select({ row: kioskCommands, status: statusNow })
    .from(kioskCommands)
    .where(
      and(
        input.kioskId ? eq(kioskCommands.kioskId, input.kioskId) : undefined,
        input.status ? sql`${statusNow} = ${input.status}` : undefined,
      ),
    )
    .orderBy(desc(kioskCommands.createdAt), desc(kioskCommands.id))
    .limit(input.limit);
  return rows.map(({ row, status }) => toCommandView({ ...row, status }));
}

export async function getCommand(db: BackofficeDb, id: string): Promise<CommandView> {
  const [found] = await db
    .select({ row: kioskCommands, status: statusNow })
    .from(kioskCommands)
    .where(eq(kioskCommands.id, id));
  if (!found) throw notFound("command", id);
  return toCommandView({ ...found.row, status: found.status });
}
