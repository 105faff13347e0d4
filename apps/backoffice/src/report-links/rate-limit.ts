import { createHmac, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { backofficeSecrets, linkRateWindows } from "../schema";
import { rateLimitedClient } from "./address";

export interface LinkRateLimiter {
  /** Counts a request from `ip`; says whether it is within the limit, and when the client's minute starts over. */
  take(ip: string): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
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
export async function createLinkRateLimiter(db: BackofficeDb, perMinute: number): Promise<LinkRateLimiter> {
  const secret = await rateKeySecret(db);
  return {
    async take(ip) {
      const clientKey = createHmac("sha256", secret).update(rateLimitedClient(ip)).digest();
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
