import { randomUUID } from "node:crypto";
import { kioskApiError, type KioskClient, type RouterOutputs } from "@kiosk/client";
import type { FakeYooKassa } from "@kiosk/payments/testing";
import { eventually } from "../eventually";
import { sleep } from "./random";

type Report = RouterOutputs["reports"]["get"];

/** What the campaign learned from the agent's answers: acknowledged means we got a 2xx for it. */
export interface Ledger {
  sessions: Set<string>;
  payments: Set<string>;
  /** Our payment ids whose money the provider took. */
  paidAtProvider: Set<string>;
  reports: Set<string>;
}

/**
 * Calls the agent until it answers (a killed agent refuses connections or cuts
 * them; a restarting one answers 503 for a moment). Answers other than 5xx are
 * the caller's to judge: they are returned as errors.
 */
export async function untilAnswered<T>(call: () => Promise<T>, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const answer = kioskApiError(error);
      if (answer && answer.httpStatus < 500) throw error;
      if (Date.now() > deadline) throw new Error(`${what}: no answer in ${timeoutMs} ms (${String(error)})`);
      await sleep(100);
    }
  }
}

/** Reads (through kills and restarts) until `done` takes the answer: the harness's one poll. */
const until = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> =>
  eventually(() => untilAnswered(read, what), done, 120_000).catch((error: unknown) => {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });

/**
 * One customer's whole visit in PROD: session, intent (retried with its
 * idempotency key), paying at YooKassa, the notification, the report (retried:
 * a 409 names the report already made), its delivery, completion.
 */
export async function visit(
  api: KioskClient,
  yookassa: FakeYooKassa,
  webhookUrl: () => string,
  ledger: Ledger,
  n: number,
): Promise<void> {
  const diagnostics = n % 2 === 0;
  const contact = { email: `client${n}@example.com`, phone: `+7900${String(1_000_000 + n).slice(-7)}` };
  const session = await untilAnswered(
    () =>
      api.sessions.create.mutate({
        type: diagnostics ? "diagnostics" : "thickness",
        contact,
        metadata: diagnostics ? {} : { vehicleType: "sedan" },
      }),
    "create session",
  );
  ledger.sessions.add(session.id);

  const idempotencyKey = `visit-${randomUUID()}`;
  const payment = await untilAnswered(
    () =>
      api.payments.createIntent.mutate({ sessionId: session.id, amount: diagnostics ? 48000 : 35000, idempotencyKey }),
    "create intent",
  );
  ledger.payments.add(payment.id);
  if (!payment.qrCodeData) throw new Error(`intent ${payment.id} came back without a QR code`);

  const remote = yookassa.findByOurId(payment.id);
  if (!remote) throw new Error(`YooKassa never saw ${payment.id}`);
  yookassa.setStatus(remote.id, "succeeded");
  ledger.paidAtProvider.add(payment.id);
  // YooKassa's notification; if the agent is down right now, the reconciler must find the money anyway.
  await yookassa.notify(webhookUrl(), "payment.succeeded", remote).catch(() => 0);

  await until(
    () => api.payments.getStatus.query({ id: payment.id }),
    (p) => p.status === "confirmed",
    `payment ${payment.id} confirmed`,
  );

  const report = await generate(api, session.id, diagnostics);
  ledger.reports.add(report.id);
  await until(
    () => api.reports.get.query({ id: report.id }),
    (r) => r.deliveries.every((d) => d.status === "sent"),
    `report ${report.id} delivered`,
  );
  await untilAnswered(() => api.sessions.complete.mutate({ id: session.id }), "complete").catch((error: unknown) => {
    // Completed already by the attempt whose answer a kill swallowed.
    if (kioskApiError(error)?.code !== "CONFLICT") throw error;
  });
}

async function generate(api: KioskClient, sessionId: string, diagnostics: boolean): Promise<Report> {
  try {
    return await untilAnswered(
      () =>
        diagnostics
          ? api.reports.generateDiagnostics.mutate({
              sessionId,
              vehicleMake: "Toyota",
              vehicleModel: "Camry",
              dtcCodes: [{ code: "P0420", description: "Эффективность катализатора ниже порога", severity: "medium" }],
              timestamp: Date.now(),
            })
          : api.reports.generateThickness.mutate({
              sessionId,
              vehicleType: "sedan",
              measurements: Array.from({ length: 40 }, (_, i) => ({ zone: `Зона ${i + 1}`, valueUm: 100 + i * 7 })),
            }),
      "generate report",
    );
  } catch (error) {
    // The report was made by an attempt whose answer a kill swallowed: the 409 names it.
    const reportId = kioskApiError(error)?.details.reportId;
    if (typeof reportId !== "string") throw error;
    return untilAnswered(() => api.reports.get.query({ id: reportId }), "read report");
  }
}
