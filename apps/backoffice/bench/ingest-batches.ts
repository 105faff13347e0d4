import type { FleetEvent } from "@kiosk/fleet-contract";

/**
 * A kiosk's day as its fleet outbox sends it: per visit a session created,
 * its payment created and confirmed (versions 1 and 2, each with the
 * payment's snapshot), a report, its delivery and the session completed; now
 * and then a partial refund (version 3). Ids are unique per `kioskId`, so
 * every batch is new to the backoffice.
 */
export function visitEvents(kioskId: string, count: number, startMs: number): FleetEvent[] {
  const events: FleetEvent[] = [];
  for (let visit = 0; events.length < count; visit++) {
    const at = startMs + visit * 60_000;
    const sessionId = `ses_${kioskId}_${visit}`;
    const paymentId = `pay_${kioskId}_${visit}`;
    const id = (n: number) => `evt_${kioskId}_${visit}_${n}`;
    const snapshot = (status: string, version: number, refundedAmount = 0) => ({
      sessionId,
      amount: 48_000,
      currency: "RUB",
      status,
      refundedAmount,
      provider: "yookassa",
      createdAt: at,
      confirmedAt: status === "pending" ? null : at + 5_000,
      updatedAt: at + version * 1_000,
      version,
    });
    const session = (n: number, event: "session.created" | "session.completed", t: number): FleetEvent => ({
      eventId: id(n),
      event,
      entityType: "session",
      entityId: sessionId,
      at: t,
      payload: { details: { type: "diagnostics" }, snapshot: null },
    });
    const payment = (n: number, event: FleetEvent["event"], t: number, snap: ReturnType<typeof snapshot>) =>
      ({
        eventId: id(n),
        event,
        entityType: "payment",
        entityId: paymentId,
        at: t,
        payload: { details: { provider: "yookassa", amount: 48_000 }, snapshot: snap },
      }) as FleetEvent;
    events.push(
      session(0, "session.created", at),
      payment(1, "payment.created", at + 1_000, snapshot("pending", 1)),
      payment(2, "payment.confirmed", at + 5_000, snapshot("confirmed", 2)),
      {
        eventId: id(3),
        event: "report.generated",
        entityType: "report",
        entityId: `rpt_${kioskId}_${visit}`,
        at: at + 20_000,
        payload: { details: { type: "diagnostics", templateVersion: 3 }, snapshot: null },
      },
      {
        eventId: id(4),
        event: "delivery.sent",
        entityType: "delivery",
        entityId: `dlv_${kioskId}_${visit}`,
        at: at + 25_000,
        payload: { details: { reportId: `rpt_${kioskId}_${visit}`, channel: "email", attempts: 1 }, snapshot: null },
      },
      session(5, "session.completed", at + 30_000),
    );
    if (visit % 10 === 9) {
      events.push(payment(6, "payment.partially_refunded", at + 40_000, snapshot("partially_refunded", 3, 12_000)));
    }
  }
  return events.slice(0, count);
}
