import type { FleetEvent } from "@kiosk/fleet-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken } from "./calls";
import { startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * The console's read queries over real HTTP on a real PostgreSQL, fed by two
 * kiosks' batches: the overview in each kiosk's own time zone with what it
 * says of itself, payments searched by amount and paged, a payment's story
 * (and nobody else's), the refund queue with its amounts, dead deliveries
 * with their report.
 */
const tokens = { "kiosk-a": "kiosk-a-fleet-token-0123456789", "kiosk-b": "kiosk-b-fleet-token-0123456789" };
let backoffice: TestBackoffice;

beforeAll(async () => {
  backoffice = await startTestBackoffice({ kiosks: tokens, env: { BACKOFFICE_OPERATOR_TOKEN: operatorToken } });
}, 60_000);
afterAll(() => backoffice.stop());

const console_ = () => backoffice.client(operatorToken);
const kiosk = (id: keyof typeof tokens) => backoffice.client(tokens[id]);
const hour = 3_600_000;

const paymentEvent = (
  eventId: string,
  paymentId: string,
  o: { event?: FleetEvent["event"]; at: number; amount: number; status?: string; version?: number; refunded?: number },
): FleetEvent => ({
  eventId,
  event: o.event ?? "payment.confirmed",
  entityType: "payment",
  entityId: paymentId,
  at: o.at,
  payload: {
    details: { provider: "yookassa", receipt: { id: `rct_${eventId}` } },
    snapshot: {
      sessionId: `ses_${paymentId}`,
      amount: o.amount,
      currency: "RUB",
      status: o.status ?? "confirmed",
      refundedAmount: o.refunded ?? 0,
      provider: "yookassa",
      createdAt: o.at - 30_000,
      confirmedAt: o.at,
      updatedAt: o.at,
      version: o.version ?? 2,
    },
  },
});
const noSnapshot = (eventId: string, event: FleetEvent["event"], entityId: string, at: number, details = {}) =>
  ({
    eventId,
    event,
    entityType: event.split(".")[0],
    entityId,
    at,
    payload: { details, snapshot: null },
  }) as FleetEvent;

describe("the console's read queries", () => {
  it("counts each kiosk's day from its own midnight, with the zone and devices it says, and ignores a zone nobody knows", async () => {
    const now = Date.now();
    // 02:30 in Vladivostok is already today there while it is still yesterday in Moscow (UTC+3).
    const vladivostokMidnight = Date.parse(
      `${new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Vladivostok" }).format(now)}T00:00:00+10:00`,
    );
    const devices = { obd: { driver: "elm327", ready: false, error: "NO_ADAPTER" } };
    await kiosk("kiosk-a").ingest.mutate({
      kioskId: "kiosk-a",
      timeZone: "Asia/Vladivostok",
      devices,
      events: [
        noSnapshot("evt_today", "session.created", "ses_today", vladivostokMidnight + 60_000),
        noSnapshot("evt_yesterday", "session.created", "ses_yesterday", vladivostokMidnight - 60_000),
        paymentEvent("evt_pay_today", "pay_today", { at: vladivostokMidnight + 120_000, amount: 48_000 }),
      ],
    });
    const [a] = await console_().fleet.kiosks.query();
    expect(a).toMatchObject({
      kioskId: "kiosk-a",
      timeZone: "Asia/Vladivostok",
      devices,
      auditChain: "ok",
      auditChainProblem: null,
      sessionsToday: 1,
      paymentsToday: 1,
      revenueToday: 48_000,
    });
    // A later refund takes its money out of the day the payment was confirmed.
    await kiosk("kiosk-a").ingest.mutate({
      kioskId: "kiosk-a",
      timeZone: "Mars/Olympus_Mons",
      events: [
        paymentEvent("evt_pay_refund", "pay_today", {
          at: vladivostokMidnight + 180_000,
          amount: 48_000,
          status: "partially_refunded",
          version: 3,
          refunded: 10_000,
        }),
      ],
    });
    const [again] = await console_().fleet.kiosks.query();
    expect(again).toMatchObject({ timeZone: "Asia/Vladivostok", devices, paymentsToday: 1, revenueToday: 38_000 });
  });

  it("searches payments by amount in kopecks and pages them without a gap or a repeat", async () => {
    const at = Date.UTC(2026, 5, 1, 9);
    await kiosk("kiosk-b").ingest.mutate({
      kioskId: "kiosk-b",
      events: [35_000, 48_000, 48_000, 65_000, 65_000].map((amount, i) =>
        paymentEvent(`evt_amt_${i}`, `pay_amt_${i}`, { at: at + (i < 3 ? 0 : i) * hour, amount }),
      ),
    });
    const search = { kioskId: "kiosk-b", from: at - hour, to: at + 10 * hour };
    const between = await console_().fleet.payments.query({ ...search, minAmount: 40_000, maxAmount: 65_000 });
    expect(between.map((p) => p.paymentId)).toEqual(["pay_amt_4", "pay_amt_3", "pay_amt_2", "pay_amt_1"]);
    const pages: string[][] = [];
    let after: { createdAt: number; kioskId: string; paymentId: string } | undefined;
    for (;;) {
      const page = await console_().fleet.payments.query({ ...search, limit: 2, ...(after ? { after } : {}) });
      if (page.length === 0) break;
      pages.push(page.map((p) => p.paymentId));
      const last = page.at(-1) as (typeof page)[number];
      after = { createdAt: last.createdAt.getTime(), kioskId: last.kioskId, paymentId: last.paymentId };
    }
    // Three payments created at the same moment: ordered by id, split across pages all the same.
    expect(pages).toEqual([["pay_amt_4", "pay_amt_3"], ["pay_amt_2", "pay_amt_1"], ["pay_amt_0"]]);
  });

  it("tells a payment's whole story in order, and only to the kiosk it belongs to", async () => {
    const at = Date.UTC(2026, 5, 2, 9);
    await kiosk("kiosk-b").ingest.mutate({
      kioskId: "kiosk-b",
      events: [
        paymentEvent("evt_s3", "pay_story", {
          event: "payment.refunded",
          at: at + 3_000,
          amount: 48_000,
          status: "refunded",
          version: 4,
          refunded: 48_000,
        }),
        paymentEvent("evt_s1", "pay_story", {
          event: "payment.created",
          at,
          amount: 48_000,
          status: "pending",
          version: 1,
        }),
        paymentEvent("evt_s2", "pay_story", { at: at + 1_000, amount: 48_000 }),
        noSnapshot("evt_s4", "payment.refund_succeeded", "pay_story", at + 4_000, { amount: 48_000 }),
        noSnapshot("evt_other_session", "session.created", "pay_story", at + 5_000),
      ],
    });
    const story = await console_().fleet.payment.query({ kioskId: "kiosk-b", paymentId: "pay_story" });
    expect(story.payment).toMatchObject({ kioskId: "kiosk-b", status: "refunded", refundedAmount: 48_000, version: 4 });
    expect(story.events.map((e) => e.event)).toEqual([
      "payment.created",
      "payment.confirmed",
      "payment.refunded",
      "payment.refund_succeeded",
    ]);
    expect(story.events[1]).toMatchObject({ eventId: "evt_s2", details: { receipt: { id: "rct_evt_s2" } } });
    // The same id asked of another kiosk, and an id nobody sent: not found, the same answer.
    for (const key of [
      { kioskId: "kiosk-a", paymentId: "pay_story" },
      { kioskId: "kiosk-b", paymentId: "pay_nobody" },
    ]) {
      await expect(console_().fleet.payment.query(key)).rejects.toMatchObject({
        data: { code: "NOT_FOUND", httpStatus: 404 },
      });
    }
  });

  it("queues a late success with its payment's amounts and a dead delivery with its report until each is settled", async () => {
    const at = Date.UTC(2026, 5, 3, 9);
    await kiosk("kiosk-a").ingest.mutate({
      kioskId: "kiosk-a",
      events: [
        paymentEvent("evt_q1", "pay_queued", { event: "payment.expired", at, amount: 65_000, status: "expired" }),
        noSnapshot("evt_q2", "payment.late_success", "pay_queued", at + 60_000, { amount: 65_000 }),
        noSnapshot("evt_q3", "delivery.dead", "dlv_queued", at, {
          reportId: "rpt_queued",
          channel: "sms",
          error: "no route",
        }),
      ],
    });
    expect(await console_().fleet.refundQueue.query()).toEqual([
      expect.objectContaining({
        kioskId: "kiosk-a",
        paymentId: "pay_queued",
        amount: 65_000,
        refundedAmount: 0,
        status: "expired",
      }),
    ]);
    expect(await console_().fleet.deadDeliveries.query()).toEqual([
      expect.objectContaining({
        kioskId: "kiosk-a",
        deliveryId: "dlv_queued",
        reportId: "rpt_queued",
        channel: "sms",
        error: "no route",
      }),
    ]);
    await kiosk("kiosk-a").ingest.mutate({
      kioskId: "kiosk-a",
      events: [
        noSnapshot("evt_q4", "payment.refund_succeeded", "pay_queued", at + 120_000),
        noSnapshot("evt_q5", "delivery.sent", "dlv_queued", at + 120_000, { reportId: "rpt_queued" }),
      ],
    });
    expect(await console_().fleet.refundQueue.query()).toEqual([]);
    expect(await console_().fleet.deadDeliveries.query()).toEqual([]);
  });
});
