import { conflict, notFound, type VerbArgs } from "@kiosk/core";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { BackofficeConfig } from "../config";
import { recordConsoleAction } from "../console-audit";
import type { BackofficeDb } from "../db";
import { isUniqueViolation } from "../errors";
import type { OperatorIdentity } from "../procedures";
import { queueCommand, type CommandView } from "../commands/queue";
import { kioskCommands, kiosks } from "../schema";
import { newEnrollCode } from "./enroll";

/** What the admins' verbs act with: the database, the config, the person and their address. */
export interface KioskAdminCtx {
  db: BackofficeDb;
  config: BackofficeConfig;
  operator: Pick<OperatorIdentity, "id" | "email">;
  ip: string;
}

/** A kiosk as the console's kiosks page lists it; times in epoch ms. */
export interface KioskView {
  kioskId: string;
  name: string | null;
  createdAt: number | null;
  createdBy: string | null;
  /** It holds a credential of its own (enrolled, or rotated from a legacy token). */
  enrolled: boolean;
  /** It is in `BACKOFFICE_KIOSK_TOKENS` (legacy). */
  legacy: boolean;
  revokedAt: number | null;
  /** Until when its one-time code works, while it has an unused one. */
  enrollCodeExpiresAt: number | null;
  lastSeenAt: number | null;
  version: string | null;
}

/** Every kiosk, by id: those in PostgreSQL and those only the legacy list names (they have not reported yet). */
export async function listKiosks(db: BackofficeDb, config: BackofficeConfig): Promise<KioskView[]> {
  const rows = await db.select().from(kiosks).orderBy(asc(kiosks.id));
  const views: KioskView[] = rows.map((row) => ({
    kioskId: row.id,
    name: row.name,
    createdAt: row.createdAt.getTime(),
    createdBy: row.createdBy,
    enrolled: row.credentialHash !== null,
    legacy: config.kioskTokens.has(row.id),
    revokedAt: row.revokedAt?.getTime() ?? null,
    enrollCodeExpiresAt: row.enrollExpiresAt?.getTime() ?? null,
    lastSeenAt: row.lastSeenAt?.getTime() ?? null,
    version: row.version,
  }));
  const known = new Set(rows.map((row) => row.id));
  for (const kioskId of config.kioskTokens.keys()) {
    if (known.has(kioskId)) continue;
    views.push({
      kioskId,
      name: null,
      createdAt: null,
      createdBy: null,
      enrolled: false,
      legacy: true,
      revokedAt: null,
      enrollCodeExpiresAt: null,
      lastSeenAt: null,
      version: null,
    });
  }
  return views.sort((a, b) => a.kioskId.localeCompare(b.kioskId));
}

/** A new code's answer: shown once to the admin, never stored but as its hash. */
export interface EnrollCodeIssued {
  kioskId: string;
  enrollCode: string;
  expiresAt: number;
}

const codeExpiry = (config: BackofficeConfig) => sql`now() + make_interval(hours => ${config.enrollCodeTtlHours})`;

/** Admin: a new kiosk and its one-time enrollment code (`BACKOFFICE_ENROLL_CODE_TTL_HOURS`). */
export async function createKiosk({
  ctx,
  input,
}: VerbArgs<KioskAdminCtx, { id: string; name: string }>): Promise<EnrollCodeIssued> {
  if (ctx.config.kioskTokens.has(input.id)) {
    throw conflict(`kiosk ${input.id} is in BACKOFFICE_KIOSK_TOKENS already: give it a new code instead`);
  }
  const { code, hash } = newEnrollCode();
  const created = await ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(kiosks)
        .values({
          id: input.id,
          name: input.name,
          createdBy: ctx.operator.id,
          enrollCodeHash: hash,
          enrollExpiresAt: codeExpiry(ctx.config),
        })
        .onConflictDoNothing({ target: kiosks.id })
        .returning({ expiresAt: kiosks.enrollExpiresAt });
      if (!row) throw conflict(`kiosk ${input.id} exists already`, { kioskId: input.id });
      await recordConsoleAction(tx, {
        operator: ctx.operator,
        action: "kiosk.created",
        kioskId: input.id,
        details: { name: input.name },
        ip: ctx.ip,
      });
      return row;
    })
    .catch(rethrowCodeClash);
  return { kioskId: input.id, enrollCode: code, expiresAt: created.expiresAt?.getTime() ?? 0 };
}

/** Two codes alike (1 in 2^100): the admin asks again rather than get a 500. */
function rethrowCodeClash(error: unknown): never {
  if (isUniqueViolation(error)) throw conflict("the new code clashed with another: try again");
  throw error;
}

/**
 * Admin: a new one-time code for a kiosk not yet enrolled, or to enroll its
 * replacement PC. The old code stops working now; an enrolled kiosk's
 * credential keeps working until the new code is used with a new one.
 */
export async function issueEnrollCode({
  ctx,
  input,
}: VerbArgs<KioskAdminCtx, { kioskId: string }>): Promise<EnrollCodeIssued> {
  const { code, hash } = newEnrollCode();
  const issued = await ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .update(kiosks)
        .set({ enrollCodeHash: hash, enrollExpiresAt: codeExpiry(ctx.config) })
        .where(and(eq(kiosks.id, input.kioskId), isNull(kiosks.revokedAt)))
        .returning({ expiresAt: kiosks.enrollExpiresAt });
      if (!row) await refuseChange(tx, input.kioskId);
      await recordConsoleAction(tx, {
        operator: ctx.operator,
        action: "kiosk.enroll_code_issued",
        kioskId: input.kioskId,
        ip: ctx.ip,
      });
      return row;
    })
    .catch(rethrowCodeClash);
  return { kioskId: input.kioskId, enrollCode: code, expiresAt: issued?.expiresAt?.getTime() ?? 0 };
}

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

/** Why a kiosk cannot be changed: none such (404), or revoked (409, for good). */
async function refuseChange(tx: Tx, kioskId: string): Promise<never> {
  const [row] = await tx.select({ revokedAt: kiosks.revokedAt }).from(kiosks).where(eq(kiosks.id, kioskId));
  if (!row) throw notFound("kiosk", kioskId);
  throw conflict(`kiosk ${kioskId} was revoked`, { kioskId });
}

/**
 * Admin: the kiosk's credential and code stop working from its next request,
 * on every replica, without a restart; its unfetched commands expire. For
 * good: a replacement is a new kiosk. A legacy kiosk that never reported is
 * revoked too (its row made here).
 */
export async function revokeKiosk({ ctx, input }: VerbArgs<KioskAdminCtx, { kioskId: string }>): Promise<KioskView> {
  await ctx.db.transaction(async (tx) => {
    const legacy = ctx.config.kioskTokens.has(input.kioskId);
    const [row] = legacy
      ? await tx
          .insert(kiosks)
          .values({ id: input.kioskId, revokedAt: sql`now()` })
          .onConflictDoUpdate({ target: kiosks.id, set: { revokedAt: sql`coalesce(${kiosks.revokedAt}, now())` } })
          .returning({ id: kiosks.id })
      : await tx
          .update(kiosks)
          .set({ revokedAt: sql`coalesce(${kiosks.revokedAt}, now())`, enrollExpiresAt: null })
          .where(eq(kiosks.id, input.kioskId))
          .returning({ id: kiosks.id });
    if (!row) throw notFound("kiosk", input.kioskId);
    await tx
      .update(kioskCommands)
      .set({ status: "expired", finishedAt: sql`now()`, error: "the kiosk was revoked" })
      .where(and(eq(kioskCommands.kioskId, input.kioskId), eq(kioskCommands.status, "pending")));
    await recordConsoleAction(tx, {
      operator: ctx.operator,
      action: "kiosk.revoked",
      kioskId: input.kioskId,
      ip: ctx.ip,
    });
  });
  const views = await listKiosks(ctx.db, ctx.config);
  const view = views.find((k) => k.kioskId === input.kioskId);
  if (!view) throw notFound("kiosk", input.kioskId);
  return view;
}

/**
 * Admin: a new credential without a visit. A `rotate_credential` command is
 * queued; the kiosk makes a new random credential and presents it with its
 * old one, which stops working then. A legacy kiosk's list token stops too.
 */
export async function rotateKiosk({ ctx, input }: VerbArgs<KioskAdminCtx, { kioskId: string }>): Promise<CommandView> {
  // Its console audit row is the command's own (`command.created`, kind `rotate_credential`).
  return queueCommand(ctx.db, ctx.config, {
    kioskId: input.kioskId,
    request: { kind: "rotate_credential", params: {} },
    operator: ctx.operator,
    ip: ctx.ip,
  });
}
