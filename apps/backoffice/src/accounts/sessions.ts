import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt, ne, or, sql } from "drizzle-orm";
import type { BackofficeConfig } from "../config";
import type { DbOrTx } from "../console-audit";
import type { BackofficeDb } from "../db";
import type { OperatorIdentity } from "../procedures";
import { operators, operatorSessions } from "../schema";

/**
 * Console sessions, kept in PostgreSQL so every replica knows them and a
 * logout is real. The browser holds two random 256-bit tokens: the session's
 * (its cookie) and the CSRF token paired with it; the table keeps only their
 * sha256. A session ends `BACKOFFICE_SESSION_MAX_HOURS` after sign-in, or
 * after `BACKOFFICE_SESSION_IDLE_MINUTES` without a request, or when its
 * account is disabled.
 */

export const sha256 = (text: string): Buffer => createHash("sha256").update(text).digest();
const newToken = () => randomBytes(32).toString("base64url");

/** Requests within this long of the last one do not write `last_seen_at` again. */
const touchEveryMs = 60_000;

export type SessionLimits = Pick<BackofficeConfig, "sessionIdleMinutes" | "sessionMaxHours">;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A fresh session for a person who just proved who they are: new tokens every time, never one the browser brought. */
export async function createSession(
  db: DbOrTx,
  limits: SessionLimits,
  opening: { operatorId: string; now: Date; ip: string; userAgent: string | null },
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(opening.now.getTime() + limits.sessionMaxHours * 3_600_000);
  await db.insert(operatorSessions).values({
    idHash: sha256(token),
    operatorId: opening.operatorId,
    csrfHash: sha256(csrfToken),
    createdAt: opening.now,
    lastSeenAt: opening.now,
    expiresAt,
    ip: opening.ip,
    userAgent: opening.userAgent?.slice(0, 512) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/** A live session as a request found it. */
export interface LiveSession {
  idHash: Buffer;
  operator: OperatorIdentity;
  csrfHash: Buffer;
  expiresAt: Date;
}

/**
 * The live session a cookie's token names, touched (at most once a minute),
 * or null: unknown, past its lifetime, idle too long, or its account
 * disabled. An ended session's row is deleted on the way.
 */
export async function liveSessionOf(
  db: BackofficeDb,
  limits: SessionLimits,
  token: string,
  now: Date,
): Promise<LiveSession | null> {
  const idHash = sha256(token);
  const [row] = await db
    .select({
      idHash: operatorSessions.idHash,
      csrfHash: operatorSessions.csrfHash,
      expiresAt: operatorSessions.expiresAt,
      lastSeenAt: operatorSessions.lastSeenAt,
      id: operators.id,
      email: operators.email,
      role: operators.role,
      disabledAt: operators.disabledAt,
    })
    .from(operatorSessions)
    .innerJoin(operators, eq(operators.id, operatorSessions.operatorId))
    .where(eq(operatorSessions.idHash, idHash));
  if (!row) return null;
  const idleSince = now.getTime() - limits.sessionIdleMinutes * 60_000;
  if (row.disabledAt || row.expiresAt <= now || row.lastSeenAt.getTime() <= idleSince) {
    await endSession(db, idHash);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= touchEveryMs) {
    await db.update(operatorSessions).set({ lastSeenAt: now }).where(eq(operatorSessions.idHash, idHash));
  }
  return {
    idHash,
    csrfHash: row.csrfHash,
    expiresAt: row.expiresAt,
    operator: { id: row.id, email: row.email, role: row.role },
  };
}

export async function endSession(db: DbOrTx, idHash: Buffer): Promise<void> {
  await db.delete(operatorSessions).where(eq(operatorSessions.idHash, idHash));
}

/** Ends every session of an account (but `except`, the caller's own when it stays); how many. */
export async function endSessionsOf(db: DbOrTx, operatorId: string, except?: Buffer): Promise<number> {
  const gone = await db
    .delete(operatorSessions)
    .where(and(eq(operatorSessions.operatorId, operatorId), except ? ne(operatorSessions.idHash, except) : undefined))
    .returning({ idHash: operatorSessions.idHash });
  return gone.length;
}

/** Forgets an account's sessions that ended by time (at its next sign-in, so the table does not grow with them). */
export async function forgetEndedSessions(db: DbOrTx, limits: SessionLimits, operatorId: string, now: Date) {
  const idleSince = new Date(now.getTime() - limits.sessionIdleMinutes * 60_000);
  await db
    .delete(operatorSessions)
    .where(
      and(
        eq(operatorSessions.operatorId, operatorId),
        or(lt(operatorSessions.expiresAt, now), lt(operatorSessions.lastSeenAt, idleSince)),
      ),
    );
}

/**
 * Deletes up to `limit` sessions past their absolute end, every account's (the
 * retention pass, on whichever replica): a session idle-ended earlier is
 * refused at once and goes at the latest here.
 */
export async function purgeEndedSessions(db: DbOrTx, limit: number): Promise<number> {
  const gone = await db.execute(sql`
    delete from ${operatorSessions} where id_hash in (
      select id_hash from ${operatorSessions} where expires_at <= now()
      order by expires_at limit ${limit} for update skip locked)`);
  return gone.rowCount ?? 0;
}
