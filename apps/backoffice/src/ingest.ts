import {
  checkFleetEvent,
  type FleetEvent,
  type IngestAnswer,
  type IngestRequest,
  type RefusedEvent,
} from "@kiosk/fleet-contract";
import { eq, sql } from "drizzle-orm";
import { checkAuditChain } from "./audit-chain";
import type { BackofficeDb } from "./db";
import { storeEventsStatement } from "./ingest-statement";
import { kiosks } from "./schema";

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];
interface Checked {
  event: FleetEvent;
  index: number;
}

/** PostgreSQL refused the data itself (class 22: data exception, 54: a limit): that event's fault, not the batch's. */
function isDataError(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^(22|54)/.test(e.code)) return true;
  }
  return false;
}

/** Stores events and moves what they move (one statement, see storeEventsStatement); answers how many were new. */
async function store(tx: Tx, kioskId: string, events: FleetEvent[], now: Date): Promise<number> {
  if (events.length === 0) return 0;
  const result = await tx.execute<{ stored: number }>(storeEventsStatement(kioskId, events, now));
  return result.rows[0]?.stored ?? 0;
}

/** Each event in its own savepoint, to find the ones PostgreSQL will not take; those join `refused`. */
async function storeOneByOne(tx: Tx, kioskId: string, valid: Checked[], now: Date, refused: RefusedEvent[]) {
  let stored = 0;
  for (const { event, index } of valid) {
    try {
      stored += await tx.transaction((one) => store(one, kioskId, [event], now));
    } catch (error) {
      if (!isDataError(error)) throw error;
      refused.push({ index, eventId: event.eventId, field: "(event)", message: "the database refused this event" });
    }
  }
  return stored;
}

/**
 * What the kiosk says about itself, made or updated first: the row's lock then
 * holds every other batch of this kiosk (from any replica) until this one
 * commits, so its payments and counters move one batch at a time.
 */
async function kioskSaysHello(tx: Tx, request: IngestRequest, now: Date): Promise<void> {
  // A zone PostgreSQL does not know would break every "today" of the overview: kept only if it does.
  // pg_timezone_names reads the zone files (~20 ms), so it is looked up only when the zone changed
  // (CASE runs it lazily), never in VALUES, which is evaluated even when the row exists.
  const zone = request.timeZone ?? null;
  const knownZone = sql`(select name from pg_timezone_names where name = ${zone})`;
  const zoneSaid = sql`case when ${zone}::text is null or ${kiosks.timeZone} = ${zone} then ${kiosks.timeZone}
    else coalesce(${knownZone}, ${kiosks.timeZone}) end`;
  const said = {
    version: request.version ?? sql`${kiosks.version}`,
    lastSeenAt: now,
    timeZone: zoneSaid,
    devices: request.devices ?? sql`${kiosks.devices}`,
  };
  const [row] = await tx
    .insert(kiosks)
    .values({
      id: request.kioskId,
      version: request.version ?? null,
      lastSeenAt: now,
      devices: request.devices ?? null,
    })
    .onConflictDoUpdate({ target: kiosks.id, set: said })
    .returning({ made: sql<boolean>`xmax = 0` });
  // A kiosk first heard of now (a legacy token's): its zone, once.
  if (row?.made && zone) await tx.update(kiosks).set({ timeZone: zoneSaid }).where(eq(kiosks.id, request.kioskId));
}

/**
 * Stores a kiosk's batch in one transaction: each valid event once (a batch sent
 * again after a lost answer adds nothing), the payments' projection moved only
 * forward, the kiosk's counters and last-seen time. An event that fails the
 * contract, or that PostgreSQL still refuses, is refused alone and named in the
 * answer; the rest are stored, so one bad event never silences a kiosk.
 */
export async function ingest(db: BackofficeDb, request: IngestRequest, now: Date): Promise<IngestAnswer> {
  const refused: RefusedEvent[] = [];
  const valid: Checked[] = [];
  request.events.forEach((raw, index) => {
    const checked = checkFleetEvent(raw, index);
    if (checked.ok) valid.push({ event: checked.event, index });
    else refused.push(checked.refused);
  });
  let auditChain: IngestAnswer["auditChain"] = null;
  const inOneTransaction = (storeAll: (tx: Tx) => Promise<number>) =>
    db.transaction(async (tx) => {
      await kioskSaysHello(tx, request, now);
      // The audit chain's links (audit-chain.ts), under the kiosk's row lock taken just above.
      auditChain = await checkAuditChain(tx, request, now);
      return storeAll(tx);
    });
  let accepted: number;
  try {
    // The whole batch in one statement: the usual case.
    accepted = await inOneTransaction((tx) =>
      store(
        tx,
        request.kioskId,
        valid.map((v) => v.event),
        now,
      ),
    );
  } catch (error) {
    if (!isDataError(error)) throw error;
    // That transaction is gone with the statement; again, each event by itself.
    accepted = await inOneTransaction((tx) => storeOneByOne(tx, request.kioskId, valid, now, refused));
  }
  refused.sort((a, b) => a.index - b.index);
  return { accepted, duplicates: request.events.length - accepted - refused.length, refused, auditChain };
}
