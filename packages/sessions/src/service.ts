import {
  badRequest,
  conflict,
  decodeCursor,
  encodeCursor,
  invalidInput,
  notFound,
  parseInput,
  type VerbArgs,
} from "@kiosk/core";
import { sessions, systemActor, type SessionRow } from "@kiosk/db";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { SessionCtx, SessionDeps } from "./deps";
import {
  createSessionInput,
  endSessionInput,
  listSessionsInput,
  sessionByIdInput,
  updateSessionInput,
  type CreateSessionInput,
  type EndSessionInput,
  type ListSessionsInput,
  type SessionByIdInput,
  type SessionPage,
  type SessionView,
  type UpdateSessionInput,
} from "./schemas";
import { endSessionInTx, hasPendingPayment, overdueReason, recordSessionEnd, type EndStatus } from "./transitions";

export function toSessionView(row: SessionRow): SessionView {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    contact: {
      ...(row.contactEmail ? { email: row.contactEmail } : {}),
      ...(row.contactPhone ? { phone: row.contactPhone } : {}),
    },
    metadata: row.metadata,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastActivityAt: row.lastActivityAt,
    expiresAt: row.expiresAt,
    endedAt: row.endedAt,
    endReason: row.endReason,
  };
}

function loadRow(deps: SessionDeps, id: string): SessionRow {
  const row = deps.statements.byId.get({ id });
  if (!row) throw notFound("session", id);
  return row;
}

/**
 * Loads a session that a verb wants to change. A session already past its
 * deadline is expired on the spot rather than waiting for the next sweep, so no
 * verb ever acts on a session the customer has walked away from.
 */
function loadForChange(deps: SessionDeps, id: string): SessionRow {
  const row = loadRow(deps, id);
  const now = deps.clock.now();
  const reason = overdueReason(row, now, deps.config);
  if (reason && !hasPendingPayment(deps, id)) {
    const ended = deps.db.transaction((tx) => endSessionInTx(deps, tx, row, "expired", reason, systemActor, now));
    recordSessionEnd(deps, ended, reason);
    throw conflict(`session ${id} has expired`, { id, status: "expired" });
  }
  return row;
}

/** Starts a session for a service; the contact is where the report will go. */
export function createSession({ ctx, input }: VerbArgs<SessionCtx, CreateSessionInput>): SessionView {
  const { deps, actor } = ctx;
  const { type, contact, metadata, ttlMs = deps.config.defaultTtlMs } = parseInput(createSessionInput, input);
  if (!contact && !deps.contactOptional()) {
    throw invalidInput([{ path: "contact", message: "contact needs an email or a phone" }]);
  }
  const { minTtlMs, maxTtlMs } = deps.config;
  if (ttlMs < minTtlMs || ttlMs > maxTtlMs) {
    throw badRequest(`ttlMs must be between ${minTtlMs} and ${maxTtlMs}`, { field: "ttlMs" });
  }
  const now = deps.clock.now();
  const row = deps.db.transaction((tx) => {
    const session = deps.statements.insert.get({
      id: deps.ids("ses"),
      type,
      contactEmail: contact?.email ?? null,
      contactPhone: contact?.phone ?? null,
      metadata: metadata ?? {},
      now,
      expiresAt: now + ttlMs,
    });
    deps.audit(tx, {
      actor,
      event: "session.created",
      entityType: "session",
      entityId: session.id,
      details: { type: session.type, contact: contact ?? null, ttlMs },
      at: now,
    });
    return session;
  });
  deps.metrics.sessionsCreated.inc({ type: row.type });
  return toSessionView(row);
}

/** One session by id, in whatever state it is. */
export function getSession({ ctx, input }: VerbArgs<SessionCtx, SessionByIdInput>): SessionView {
  return toSessionView(loadRow(ctx.deps, parseInput(sessionByIdInput, input).id));
}

/** Sessions newest first, filtered by type and status, a page at a time. */
export function listSessions({ ctx, input: raw }: VerbArgs<SessionCtx, ListSessionsInput>): SessionPage {
  const input = parseInput(listSessionsInput, raw);
  const filters: SQL[] = [];
  if (input.type) filters.push(eq(sessions.type, input.type));
  if (input.status) filters.push(eq(sessions.status, input.status));
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor);
    const older = or(
      lt(sessions.createdAt, cursor.at),
      and(eq(sessions.createdAt, cursor.at), lt(sessions.id, cursor.id)),
    );
    if (older) filters.push(older);
  }
  const rows = ctx.deps.db
    .select()
    .from(sessions)
    .where(and(...filters))
    .orderBy(desc(sessions.createdAt), desc(sessions.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSessionView),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** Records customer activity, which holds off the inactivity timeout. */
export function touchSession({ ctx, input }: VerbArgs<SessionCtx, SessionByIdInput>): SessionView {
  const { deps } = ctx;
  const { id } = parseInput(sessionByIdInput, input);
  const row = loadForChange(deps, id);
  if (row.status !== "active") throw conflict(`session ${id} is ${row.status}`, { id, status: row.status });
  const updated = deps.statements.touchActive.get({ id, now: deps.clock.now() });
  return toSessionView(updated ?? row);
}

/** Changes the contact or metadata of an active session; never its status. */
export function updateSession({ ctx, input: raw }: VerbArgs<SessionCtx, UpdateSessionInput>): SessionView {
  const { deps, actor } = ctx;
  const input = parseInput(updateSessionInput, raw);
  const row = loadForChange(deps, input.id);
  if (row.status !== "active")
    throw conflict(`session ${input.id} is ${row.status}`, { id: input.id, status: row.status });
  const now = deps.clock.now();
  const updated = deps.db.transaction((tx) => {
    const [next] = tx
      .update(sessions)
      .set({
        ...(input.contact
          ? { contactEmail: input.contact.email ?? null, contactPhone: input.contact.phone ?? null }
          : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
        lastActivityAt: now,
        updatedAt: now,
      })
      .where(eq(sessions.id, input.id))
      .returning()
      .all();
    deps.audit(tx, {
      actor,
      event: "session.updated",
      entityType: "session",
      entityId: input.id,
      details: {
        changed: Object.keys(input).filter((k) => k !== "id"),
        ...(input.contact ? { contact: input.contact } : {}),
      },
      at: now,
    });
    return next as SessionRow;
  });
  return toSessionView(updated);
}

function endSession({ deps, actor }: SessionCtx, id: string, to: EndStatus, reason: string): SessionView {
  const row = loadForChange(deps, id);
  const now = deps.clock.now();
  const ended = deps.db.transaction((tx) => endSessionInTx(deps, tx, row, to, reason, actor, now));
  recordSessionEnd(deps, ended, reason);
  return toSessionView(ended);
}

/** The customer got what they came for. */
export const completeSession = ({ ctx, input }: VerbArgs<SessionCtx, SessionByIdInput>): SessionView =>
  endSession(ctx, parseInput(sessionByIdInput, input).id, "completed", "completed");

/** Something went wrong that the customer cannot fix (device error, payment failed). */
export function failSession({ ctx, input }: VerbArgs<SessionCtx, EndSessionInput>): SessionView {
  const { id, reason } = parseInput(endSessionInput, input);
  return endSession(ctx, id, "failed", reason);
}

/**
 * Operator: ends a stuck session now, as the housekeeping's expiry ends an
 * overdue one (status `expired`, reason `operator`). The caller cancels its
 * pending payment first (`sessions.expire` does): money that still arrives is
 * refunded as any late success is.
 */
export const expireSession = ({ ctx, input }: VerbArgs<SessionCtx, SessionByIdInput>): SessionView =>
  endSession(ctx, parseInput(sessionByIdInput, input).id, "expired", "operator");

/** The customer or an operator gave up on the session. */
export const cancelSession = ({ ctx, input }: VerbArgs<SessionCtx, SessionByIdInput>): SessionView =>
  endSession(ctx, parseInput(sessionByIdInput, input).id, "cancelled", "cancelled");
