import { createKioskClient, kioskApiError, type KioskApiError, type KioskClient } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAgent, type TestAgent } from "./harness";

/** The live streams over SSE through the typed client: how they end for an id the agent does not know. */
let env: TestAgent;
let api: KioskClient;
const logLines: string[] = [];

beforeAll(async () => {
  env = await startTestAgent({}, {}, { logLines });
  api = createKioskClient({ url: env.url });
});
afterAll(() => env.stop());

/** How a subscription ended: its first error as the agent answered it (data would be a failure here). */
function firstError(
  subscribe: (handlers: { onData: () => void; onError: (error: unknown) => void }) => { unsubscribe(): void },
): Promise<KioskApiError | null> {
  return new Promise((resolve, reject) => {
    const subscription = subscribe({
      onData: () => reject(new Error("an unknown id streamed data")),
      onError: (error) => {
        subscription.unsubscribe();
        resolve(kioskApiError(error));
      },
    });
  });
}

const errorLines = () => logLines.map((line) => JSON.parse(line) as { level: number }).filter((l) => l.level >= 50);

describe("subscriptions for an unknown id", () => {
  it("payments.onStatus ends with NOT_FOUND, as payments.get answers, and logs no error", async () => {
    const error = await firstError((handlers) =>
      api.payments.onStatus.subscribe({ id: "pay_no_such_payment" }, handlers),
    );
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      httpStatus: 404,
      message: "payment pay_no_such_payment not found",
    });
    expect(kioskApiError(await api.payments.get.query({ id: "pay_no_such_payment" }).catch((e: unknown) => e))).toEqual(
      error,
    );
    expect(errorLines()).toEqual([]);
  });

  it("reports.onDelivery ends with NOT_FOUND, as reports.get answers, and logs no error", async () => {
    const error = await firstError((handlers) =>
      api.reports.onDelivery.subscribe({ id: "rpt_no_such_report" }, handlers),
    );
    expect(error).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    expect(kioskApiError(await api.reports.get.query({ id: "rpt_no_such_report" }).catch((e: unknown) => e))).toEqual(
      error,
    );
    expect(errorLines()).toEqual([]);
  });
});
