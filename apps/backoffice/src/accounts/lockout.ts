import { eq, sql } from "drizzle-orm";
import type { BackofficeConfig } from "../config";
import type { DbOrTx } from "../console-audit";
import { consoleRefusal } from "../errors";
import { linkRateWindows, operators } from "../schema";

/**
 * `BACKOFFICE_LOGIN_MAX_FAILURES` wrong passwords in a row lock an account
 * for `BACKOFFICE_LOGIN_LOCK_MINUTES` (a success or an admin's unlock resets
 * the count). An email without an account is locked just the same, by a
 * virtual lockout: otherwise a 429 after five guesses would tell that an
 * account exists where an unknown email kept answering 401.
 */

export type LockoutRules = Pick<BackofficeConfig, "loginMaxFailures" | "loginLockMinutes" | "timezone">;

/** How long an unknown email's failures short of a lockout are remembered (an account's, until its next success). */
const unknownFailuresKeptMs = 24 * 3_600_000;

/** "14:35 (Europe/Moscow)": the time a lockout ends, in the backoffice's time zone. */
const clockTime = (at: Date, timeZone: string) =>
  `${at.toLocaleTimeString("ru-RU", { timeZone, hour: "2-digit", minute: "2-digit" })} (${timeZone})`;

/** The one answer for a locked sign-in, account or not: 429 ACCOUNT_LOCKED, saying until when. */
export const lockedRefusal = (until: Date, rules: LockoutRules) =>
  consoleRefusal(
    "ACCOUNT_LOCKED",
    `Слишком много неверных паролей: вход заблокирован до ${clockTime(until, rules.timezone)}; администратор может снять блокировку раньше. ` +
      `Too many wrong passwords: signing in is locked until ${until.toISOString()}; an admin can unlock it sooner.`,
    { lockedUntil: until.toISOString() },
  );

const lockEnd = (rules: LockoutRules, now: Date) => new Date(now.getTime() + rules.loginLockMinutes * 60_000);

/** Counts a wrong password against an account; the time it is locked until if this one locked it, else null. */
export async function countWrongPassword(
  db: DbOrTx,
  rules: LockoutRules,
  accountId: string,
  now: Date,
): Promise<Date | null> {
  const lockUntil = lockEnd(rules, now);
  const reachesLimit = sql`${operators.failedLogins} + 1 >= ${rules.loginMaxFailures}`;
  const [row] = await db
    .update(operators)
    .set({
      failedLogins: sql`case when ${reachesLimit} then 0 else ${operators.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${reachesLimit} then ${lockUntil}::timestamptz else ${operators.lockedUntil} end`,
    })
    .where(eq(operators.id, accountId))
    .returning({ lockedUntil: operators.lockedUntil });
  return row?.lockedUntil?.getTime() === lockUntil.getTime() ? lockUntil : null;
}

/** An unknown email's wrong password, counted: locked until when (null: not locked), and whether this one locked it. */
export interface UnknownEmailState {
  lockedUntil: Date | null;
  lockedNow: boolean;
}

/**
 * Counts a wrong password for an email without an account, as
 * `countWrongPassword` would for one with, in a PostgreSQL rate window under
 * `key` (the email's keyed hash): `hits` is the failures in a row,
 * `window_start` when the row is over (the lock's end once `hits` reaches the
 * limit, else a day on), so the windows' purge forgets it after. While
 * locked, nothing is counted, as for an account.
 */
export async function countUnknownEmailFailure(
  db: DbOrTx,
  rules: LockoutRules,
  key: Buffer,
  now: Date,
): Promise<UnknownEmailState> {
  const w = linkRateWindows;
  const max = rules.loginMaxFailures;
  const lockUntil = lockEnd(rules, now);
  const keptUntil = new Date(now.getTime() + unknownFailuresKeptMs);
  const over = sql`${w.windowStart} <= ${now}::timestamptz`;
  const stillLocked = sql`(${w.hits} >= ${max} and not ${over})`;
  const failures = sql`(case when ${over} then 1 else ${w.hits} + 1 end)`;
  const [row] = await db
    .insert(w)
    .values({ clientKey: key, windowStart: max <= 1 ? lockUntil : keptUntil, hits: 1 })
    .onConflictDoUpdate({
      target: w.clientKey,
      set: {
        hits: sql`case when ${stillLocked} then ${w.hits} else ${failures} end`,
        windowStart: sql`case when ${stillLocked} then ${w.windowStart}
          when ${failures} >= ${max} then ${lockUntil}::timestamptz else ${keptUntil}::timestamptz end`,
      },
    })
    .returning({ hits: w.hits, windowStart: w.windowStart });
  if (!row || row.hits < max) return { lockedUntil: null, lockedNow: false };
  return { lockedUntil: row.windowStart, lockedNow: row.windowStart.getTime() === lockUntil.getTime() };
}
