import { createHmac, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { backofficeSecrets, linkRateWindows } from "../schema";
import { rateLimitedClient } from "./address";

export interface LinkRateLimiter {
  /** Counts a request from `ip`; says whether it is within the limit, and when the client's minute starts over. */
  take(ip: string): Promise<RateAnswer>;
  /** The same for a client named otherwise than by its address (the email a sign-in is for). */
  takeKey(key: string): Promise<RateAnswer>;
  /** The keyed hash `key` is stored under: other state kept per client, never in clear (an unknown email's sign-in failures). */
  hashOf(key: string): Buffer;
}

export interface RateAnswer {
  allowed: boolean;
  retryAfterSeconds: number;
}

const secretName = "link-rate-key";

/** The rate limit's hash key: made once by whichever replica asks first, the same for all of them after. */
async function rateKeySecret(db: BackofficeDb): Promise<Buffer> {
  await db
    .insert(backofficeSecrets)
    .values({ name: secretName, value: randomBytes(32) })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: backofficeSecrets.value })
    .from(backofficeSecrets)
    .where(eq(backofficeSecrets.name, secretName));
  if (!row) throw new Error("the rate limit's key is missing");
  return row.value;
}

/**
 * A fixed window per client, starting at its first request, in PostgreSQL so
 * every replica counts the same requests. The client is its IPv4 address or
 * IPv6 /64 (`rateLimitedClient`), stored only as a keyed hash. A request past
 * the limit counts too: a client that keeps guessing stays refused.
 */
export async function createLinkRateLimiter(
  db: BackofficeDb,
  perMinute: number,
  /** Counts apart from the other limits' windows (`enroll`); the links' own is "". */
  scope = "",
): Promise<LinkRateLimiter> {
  const secret = await rateKeySecret(db);
  const prefix = scope ? `${scope}\u0000` : "";
  const limiter: LinkRateLimiter = {
    take: (ip) => limiter.takeKey(rateLimitedClient(ip)),
    hashOf: (key) => createHmac("sha256", secret).update(`${prefix}${key}`).digest(),
    async takeKey(key) {
      const clientKey = limiter.hashOf(key);
      const fresh = sql`${linkRateWindows.windowStart} <= now() - interval '1 minute'`;
      const [row] = await db
        .insert(linkRateWindows)
        .values({ clientKey, windowStart: sql`now()`, hits: 1 })
        .onConflictDoUpdate({
          target: linkRateWindows.clientKey,
          set: {
            windowStart: sql`case when ${fresh} then now() else ${linkRateWindows.windowStart} end`,
            hits: sql`case when ${fresh} then 1 else ${linkRateWindows.hits} + 1 end`,
          },
        })
        .returning({
          hits: linkRateWindows.hits,
          left: sql<number>`extract(epoch from ${linkRateWindows.windowStart} + interval '1 minute' - now())`.mapWith(
            Number,
          ),
        });
      const hits = row?.hits ?? 1;
      return { allowed: hits <= perMinute, retryAfterSeconds: Math.max(1, Math.ceil(row?.left ?? 60)) };
    },
  };
  return limiter;
}

/** Forgets the windows that are over, a batch at a time; how many went. */
export async function purgeRateWindows(db: BackofficeDb, batch: number): Promise<number> {
  const gone = await db.execute(sql`
    delete from ${linkRateWindows} where ${linkRateWindows.clientKey} in (
      select ${linkRateWindows.clientKey} from ${linkRateWindows}
      where ${linkRateWindows.windowStart} <= now() - interval '1 minute'
      limit ${batch} for update skip locked)`);
  return gone.rowCount ?? 0;
}
