import { createKioskClient } from "@kiosk/client";
import { paidDiagnosticsSession, scrape, startTestAgent, type TestAgent } from "@kiosk/agent/testing";
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

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the fleet backoffice on PostgreSQL", () => {
  it("receives a paid visit from the kiosk: its events once, the payment, the kiosk's day", async () => {
    const { session, payment } = await paidDiagnosticsSession(agent.url);
    const payments = await until(
      () => operator().fleet.payments.query({ kioskId: "kiosk-1" }),
      (rows) => rows.some((p) => p.paymentId === payment.id && p.status === "confirmed"),
    );
    expect(payments.find((p) => p.paymentId === payment.id)).toMatchObject({
      sessionId: session.id,
      amount: 48000,
      provider: "emulator",
    });
    const [kiosk] = await operator().fleet.kiosks.query();
    expect(kiosk).toMatchObject({ kioskId: "kiosk-1", silent: false, paymentsToday: 1, revenueToday: 48000 });
    expect(kiosk?.sessionsToday).toBeGreaterThanOrEqual(1);
    const audit = await operator().fleet.audit.query({ kioskId: "kiosk-1", entityId: payment.id });
    expect(audit.map((e) => e.event).sort()).toEqual(["payment.confirmed", "payment.created"]);
    // Contact data is masked on the way out, as in the kiosk's own audit log.
    expect(JSON.stringify(await operator().fleet.audit.query({ kioskId: "kiosk-1" }))).not.toContain(
      "client@example.com",
    );
  });

  it("stores a batch sent twice once, and never moves a payment back for an older event", async () => {
    const push = createBackofficeClient({ url: backoffice.url, token: kioskToken });
    const event = (eventId: string, status: string, updatedAt: number) => ({
      eventId,
      event: `payment.${status}`,
      entityType: "payment" as const,
      entityId: "pay_replayed",
      at: updatedAt,
      payload: {
        snapshot: {
          sessionId: "ses_x",
          amount: 35000,
          currency: "RUB",
          status,
          refundedAmount: status === "refunded" ? 35000 : 0,
          provider: "yookassa",
          createdAt: 1_000,
          confirmedAt: 2_000,
          updatedAt,
        },
      },
    });
    const newer = { kioskId: "kiosk-1", events: [event("evt_r2", "refunded", 3_000)] };
    expect(await push.ingest.mutate(newer)).toEqual({ accepted: 1, duplicates: 0 });
    expect(await push.ingest.mutate(newer)).toEqual({ accepted: 0, duplicates: 1 });
    // The confirmation arrives after the refund: stored, but the payment stays refunded.
    expect(await push.ingest.mutate({ kioskId: "kiosk-1", events: [event("evt_r1", "confirmed", 2_000)] })).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    const [row] = await operator().fleet.payments.query({ kioskId: "kiosk-1", status: "refunded" });
    expect(row).toMatchObject({ paymentId: "pay_replayed", status: "refunded", refundedAmount: 35000 });
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
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await paidDiagnosticsSession(agent.url)).payment.id);
    }
    expect((await kiosk.catalog.get.query()).services.diagnostics.price).toBe(48000);
    expect(await scrape(agent.url, "fleet_outbox_backlog")).toBeGreaterThanOrEqual(10);
    backoffice = await startBackoffice({ ...config(), port });
    agent.clock.advance(60_000); // past the outbox's backoff, on the agent's own clock
    const arrived = await until(
      () => operator().fleet.payments.query({ kioskId: "kiosk-1", status: "confirmed" }),
      (rows) => made.every((id) => rows.some((p) => p.paymentId === id)),
      20_000,
    );
    expect(arrived.filter((p) => made.includes(p.paymentId))).toHaveLength(5);
    await until(
      () => scrape(agent.url, "fleet_outbox_backlog"),
      (n) => n === 0,
    );
  }, 30_000);
});
