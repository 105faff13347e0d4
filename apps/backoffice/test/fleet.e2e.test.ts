import { createKioskClient } from "@kiosk/client";
import {
  eventually,
  operatorToken as agentOperatorToken,
  paidDiagnosticsSession,
  scrape,
  startTestAgent,
  type TestAgent,
} from "@kiosk/agent/testing";
import type { FleetEventName, IngestAnswer } from "@kiosk/fleet-contract";
import pg_ from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackofficeClient, parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { testPostgres } from "./postgres";

/**
 * A real PostgreSQL, the backoffice on it, and a real agent pushing its fleet
 * outbox: a customer's visit arrives once, in order or not, and a backoffice
 * that was down gets everything the kiosk did meanwhile.
 */
const kioskToken = "kiosk-1-fleet-token-0123456789";
const operatorToken = "backoffice-operator-token-0123";
let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice;
let agent: TestAgent;

const config = () =>
  parseBackofficeConfig({
    PORT: "0",
    DATABASE_URL: pg.url,
    BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${kioskToken}`,
    BACKOFFICE_OPERATOR_TOKEN: operatorToken,
    LOG_LEVEL: "silent",
  });

beforeAll(async () => {
  pg = await testPostgres();
  backoffice = await startBackoffice(config());
  agent = await startTestAgent(
    { FLEET_URL: backoffice.url, KIOSK_ID: "kiosk-1", FLEET_TOKEN: kioskToken },
    { payments: { dev: { manualMode: true } }, fleet: { tickMs: 100, maxDelayMs: 500 } },
  );
}, 60_000);
afterAll(async () => {
  await agent.stop();
  await backoffice.stop();
  pg.remove();
});

const operator = () => createBackofficeClient({ url: backoffice.url, token: operatorToken });

/** An answer's counts; its audit chain head is the agent's pushing beside these tests (audit-chain.e2e.test.ts). */
const counts = ({ auditChain: _, ...rest }: IngestAnswer) => rest;

/** How long the agent's fleet worker may take to push what a test did (it ticks every 100 ms). */
const pushed = { timeout: 10_000 };

describe("the fleet backoffice on PostgreSQL", () => {
  it("receives a paid visit from the kiosk: its events once, the payment, the kiosk's day", async () => {
    const { session, payment } = await paidDiagnosticsSession(agent.url);
    const payments = await eventually(
      () => operator().fleet.payments.query({ kioskId: "kiosk-1" }),
      (rows) => rows.some((p) => p.paymentId === payment.id && p.status === "confirmed"),
      pushed.timeout,
    );
    expect(payments.find((p) => p.paymentId === payment.id)).toMatchObject({
      sessionId: session.id,
      amount: 48000,
      provider: "emulator",
    });
    const [kiosk] = await operator().fleet.kiosks.query();
    // The kiosk's first visit: one session, one payment, its price.
    expect(kiosk).toMatchObject({
      kioskId: "kiosk-1",
      silent: false,
      sessionsToday: 1,
      paymentsToday: 1,
      revenueToday: 48000,
    });
    // What the agent says of itself with each batch: its zone, and its devices as its catalog shows them.
    const catalog = await createKioskClient({ url: agent.url }).catalog.get.query();
    expect([kiosk?.timeZone, kiosk?.devices]).toEqual([
      agent.inner.config.timezone,
      {
        obd: catalog.services.diagnostics.device,
        gauge: catalog.services.thickness.device,
        // DEV's simulated locker, with its size: the console bounds a cell number by it.
        locker: { driver: "simulator", ready: true, error: null, cells: agent.inner.config.devices.locker.cellCount },
      },
    ]);
    const audit = await operator().fleet.audit.query({ kioskId: "kiosk-1", entityId: payment.id });
    expect(audit.map((e) => e.event).sort()).toEqual(["payment.confirmed", "payment.created"]);
    // Contact data is masked on the way out, as in the kiosk's own audit log.
    expect(JSON.stringify(await operator().fleet.audit.query({ kioskId: "kiosk-1" }))).not.toContain(
      "client@example.com",
    );
  });

  const paymentEvent = (eventId: string, status: string, version: number, refundedAmount = 0) => ({
    eventId,
    event: `payment.${status}` as FleetEventName,
    entityType: "payment" as const,
    entityId: "pay_replayed",
    at: 3_000,
    payload: {
      details: {},
      snapshot: {
        sessionId: "ses_x",
        amount: 35000,
        currency: "RUB",
        status,
        refundedAmount,
        provider: "yookassa",
        createdAt: 1_000,
        confirmedAt: 2_000,
        // The same clock time for every change: only the version orders them.
        updatedAt: 3_000,
        version,
      },
    },
  });

  it("stores a batch sent twice once, and never moves a payment back for a replayed or overtaken event", async () => {
    const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
    const newest = { kioskId: "kiosk-1", events: [paymentEvent("evt_r3", "partially_refunded", 4, 12_345)] };
    expect(counts(await push.ingest.mutate(newest))).toEqual({ accepted: 1, duplicates: 0, refused: [] });
    expect(counts(await push.ingest.mutate(newest))).toEqual({ accepted: 0, duplicates: 1, refused: [] });
    // Older news after the newest: the same version, a lower one, and a duplicate id carrying other content.
    const older = {
      kioskId: "kiosk-1",
      events: [
        paymentEvent("evt_r2", "partially_refunded", 4, 0),
        paymentEvent("evt_r1", "confirmed", 2),
        { ...paymentEvent("evt_r3", "confirmed", 9), event: "payment.confirmed" as const },
      ],
    };
    expect(counts(await push.ingest.mutate(older))).toEqual({ accepted: 2, duplicates: 1, refused: [] });
    const [row] = await operator().fleet.payments.query({ kioskId: "kiosk-1", status: "partially_refunded" });
    expect(row).toMatchObject({ paymentId: "pay_replayed", status: "partially_refunded", refundedAmount: 12_345 });
    // A strictly newer version moves it.
    await push.ingest.mutate({ kioskId: "kiosk-1", events: [paymentEvent("evt_r5", "refunded", 5, 35_000)] });
    const [refunded] = await operator().fleet.payments.query({ kioskId: "kiosk-1", status: "refunded" });
    expect(refunded).toMatchObject({ paymentId: "pay_replayed", refundedAmount: 35_000 });
  });

  it("lists a late success in the refund queue until the kiosk's own refund of it completes", async () => {
    const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
    const late = (eventId: string, event: "payment.late_success" | "payment.refund_succeeded", at: number) => ({
      eventId,
      event,
      entityType: "payment" as const,
      entityId: "pay_late",
      at,
      payload: { details: {}, snapshot: null },
    });
    await push.ingest.mutate({ kioskId: "kiosk-1", events: [late("evt_l1", "payment.late_success", 10_000)] });
    const queued = await operator().fleet.refundQueue.query();
    expect(queued.map((q) => q.paymentId)).toContain("pay_late");
    await push.ingest.mutate({ kioskId: "kiosk-1", events: [late("evt_l2", "payment.refund_succeeded", 11_000)] });
    expect((await operator().fleet.refundQueue.query()).map((q) => q.paymentId)).not.toContain("pay_late");
  });

  it("takes events from an agent older than the change counter, which move only an unversioned projection", async () => {
    const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
    const legacy = (eventId: string, status: string) => {
      const event = paymentEvent(eventId, status, 1);
      const { version: _version, ...snapshot } = event.payload.snapshot;
      const name = status === "pending" ? ("payment.created" as const) : event.event;
      return { ...event, event: name, entityId: "pay_legacy", payload: { details: {}, snapshot } };
    };
    const status = async () =>
      (await operator().fleet.payments.query({ kioskId: "kiosk-1" })).find((p) => p.paymentId === "pay_legacy")?.status;
    expect(counts(await push.ingest.mutate({ kioskId: "kiosk-1", events: [legacy("evt_old1", "pending")] }))).toEqual({
      accepted: 1,
      duplicates: 0,
      refused: [],
    });
    await push.ingest.mutate({ kioskId: "kiosk-1", events: [legacy("evt_old2", "confirmed")] });
    expect(await status()).toBe("confirmed");
    // The agent upgraded: its versioned events overtake, and an old one that arrives late moves nothing.
    const upgraded = { ...paymentEvent("evt_new1", "refunded", 1, 35_000), entityId: "pay_legacy" };
    await push.ingest.mutate({ kioskId: "kiosk-1", events: [upgraded, legacy("evt_old3", "confirmed")] });
    expect(await status()).toBe("refunded");
  });

  it("refuses alone an event that PostgreSQL itself will not take, and stores the rest of its batch", async () => {
    const db = new pg_.Client({ connectionString: pg.url });
    await db.connect();
    // A check only PostgreSQL makes, so the event passes the contract and fails at the insert.
    await db.query(`create function refuse_trigger_event() returns trigger language plpgsql as $$
      begin
        if new.entity_id = 'ses_db_refuses' then raise exception 'refused here' using errcode = '22023'; end if;
        return new;
      end $$`);
    await db.query(
      "create trigger refuse_event before insert on fleet_events for each row execute function refuse_trigger_event()",
    );
    try {
      const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
      const session = (eventId: string, entityId: string) => ({
        eventId,
        event: "session.created" as const,
        entityType: "session" as const,
        entityId,
        at: 6_000,
        payload: { details: {}, snapshot: null },
      });
      const before = (await operator().fleet.kiosks.query())[0]?.eventsReceived ?? 0;
      const answer = await push.ingest.mutate({
        kioskId: "kiosk-1",
        events: [
          session("evt_db1", "ses_db_ok"),
          session("evt_db2", "ses_db_refuses"),
          session("evt_db3", "ses_db_ok"),
        ],
      });
      expect(counts(answer)).toEqual({
        accepted: 2,
        duplicates: 0,
        refused: [{ index: 1, eventId: "evt_db2", field: "(event)", message: "the database refused this event" }],
      });
      expect((await operator().fleet.kiosks.query())[0]?.eventsReceived).toBe(before + 2);
      const stored = await operator().fleet.audit.query({ kioskId: "kiosk-1", entityId: "ses_db_ok" });
      expect(stored.map((e) => e.eventId).sort()).toEqual(["evt_db1", "evt_db3"]);
    } finally {
      await db.query("drop trigger refuse_event on fleet_events");
      await db.query("drop function refuse_trigger_event()");
      await db.end();
    }
  });

  it("refuses a bad event by itself, naming the field, and stores the rest of its batch", async () => {
    const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
    const session = (eventId: string, reason: string) => ({
      eventId,
      event: "session.failed" as const,
      entityType: "session" as const,
      entityId: "ses_poison",
      at: 5_000,
      payload: { details: { reason }, snapshot: null },
    });
    const answer = await push.ingest.mutate({
      kioskId: "kiosk-1",
      events: [
        session("evt_p1", "ok"),
        session("evt_p2", "device\u0000error"),
        session("evt_p3", "\ud800"),
        { ...paymentEvent("evt_p4", "confirmed", 1), at: 9e15 },
        session("evt_p5", "fine"),
      ],
    });
    expect(answer).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(answer.refused.map((r) => [r.index, r.eventId, r.field])).toEqual([
      [1, "evt_p2", "payload.details.reason"],
      [2, "evt_p3", "payload.details.reason"],
      [3, "evt_p4", "at"],
    ]);
    const stored = await operator().fleet.audit.query({ kioskId: "kiosk-1", entityId: "ses_poison" });
    expect(stored.map((e) => e.eventId).sort()).toEqual(["evt_p1", "evt_p5"]);
  });

  it("sets a refused event aside on the kiosk and goes on with the rest; an operator sees it and re-drives it", async () => {
    // An event queued before the agent refused such text at its edge (an older version, say).
    agent.sqlite
      .prepare(
        "insert into fleet_outbox (event_id, event, entity_type, entity_id, at, payload) values (?, 'session.failed', 'session', 'ses_old', 1, ?)",
      )
      .run("evt_poisoned", JSON.stringify({ details: { reason: "device\u0000error" }, snapshot: null }));
    const { payment } = await paidDiagnosticsSession(agent.url);
    await expect
      .poll(() => operator().fleet.payments.query({ kioskId: "kiosk-1" }), pushed)
      .toContainEqual(expect.objectContaining({ paymentId: payment.id, status: "confirmed" }));
    await expect.poll(() => scrape(agent.url, "fleet_outbox_refused"), pushed).toBe(1);
    expect(await scrape(agent.url, "fleet_outbox_backlog")).toBe(0);
    const kioskOperator = createKioskClient({ url: agent.url, token: agentOperatorToken });
    const { items } = await kioskOperator.fleet.refused.query({});
    expect(items.map((e) => e.eventId)).toEqual(["evt_poisoned"]);
    expect(items[0]?.refusal).toContain("payload.details.reason");
    // The event is still not storable: a re-drive sends it once more and it is set aside again.
    expect(await kioskOperator.fleet.redrive.mutate({ eventId: "evt_poisoned" })).toEqual({ redriven: 1 });
    await expect.poll(() => scrape(agent.url, "fleet_outbox_refused"), pushed).toBe(1);
    const again = await kioskOperator.fleet.refused.query({});
    expect(again.items.map((e) => [e.eventId, e.attempts])).toEqual([["evt_poisoned", 2]]);
  });

  it("refuses a push without this kiosk's token, and operator views without the operator's", async () => {
    const wrong = await fetch(`${backoffice.url}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${operatorToken}` },
      body: JSON.stringify({ kioskId: "kiosk-1", events: [] }),
    });
    expect(wrong.status).toBe(403);
    const anonymous = await fetch(`${backoffice.url}/trpc/fleet.kiosks`);
    expect(anonymous.status).toBe(401);
  });

  it("keeps the kiosk serving while the backoffice is down, and delivers the backlog when it is back", async () => {
    await backoffice.stop();
    const port = Number(new URL(backoffice.url).port);
    const kiosk = createKioskClient({ url: agent.url });
    const backlog = await scrape(agent.url, "fleet_outbox_backlog");
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await paidDiagnosticsSession(agent.url)).payment.id);
    }
    expect((await kiosk.catalog.get.query()).services.diagnostics.price).toBe(48000);
    // Three events a visit wait: session.created, payment.created, payment.confirmed.
    expect(await scrape(agent.url, "fleet_outbox_backlog")).toBe(backlog + 5 * 3);
    backoffice = await startBackoffice({ ...config(), port });
    agent.clock.advance(60_000); // past the outbox's backoff, on the agent's own clock
    const arrived = await eventually(
      () => operator().fleet.payments.query({ kioskId: "kiosk-1", status: "confirmed" }),
      (rows) => made.every((id) => rows.some((p) => p.paymentId === id)),
      20_000,
    );
    expect(arrived.filter((p) => made.includes(p.paymentId))).toHaveLength(5);
    await expect.poll(() => scrape(agent.url, "fleet_outbox_backlog"), pushed).toBe(0);
  }, 30_000);
});
