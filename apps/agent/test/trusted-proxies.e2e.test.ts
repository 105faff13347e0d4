import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestFrom, startTestAgent, type TestAgent } from "./harness";

/**
 * TRUST_PROXY is on and the trusted proxies are the default (127.0.0.1, ::1).
 * 127.0.0.2 is another loopback source on this machine that is not a trusted
 * proxy: its X-Forwarded-For must be ignored.
 */
let env: TestAgent;
beforeAll(async () => {
  env = await startTestAgent(
    { TRUST_PROXY: "true", KIOSK_API_TOKEN: "", YOOKASSA_WEBHOOK_ALLOWED_IPS: "185.71.76.0/27" },
    { payments: { rateLimitPerMinute: 3 } },
  );
});
afterAll(() => env.stop());

const json = { "content-type": "application/json" };
const notification = JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: "nope" } });

describe("TRUSTED_PROXIES", () => {
  it("lets only a trusted proxy vouch for YooKassa's address at the webhook", async () => {
    const webhook = `${env.url}/api/payments/webhook`;
    const init = { method: "POST", headers: { ...json, "x-forwarded-for": "185.71.76.10" }, body: notification };
    expect((await requestFrom("127.0.0.1", webhook, init)).status).toBe(200);
    expect((await requestFrom("127.0.0.2", webhook, init)).status).toBe(403);
  });

  it("keys rate limits by the real peer: a header cannot buy a fresh limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await requestFrom("127.0.0.2", `${env.url}/api/sessions`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
      });
      const session = JSON.parse(created.body) as { id: string };
      const intent = await requestFrom("127.0.0.2", `${env.url}/api/payments/intent`, {
        method: "POST",
        headers: { ...json, "x-forwarded-for": `198.51.100.${i + 1}` },
        body: JSON.stringify({ sessionId: session.id, amount: 48000, currency: "RUB" }),
      });
      statuses.push(intent.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it("gives the loopback tier only to a loopback peer that speaks for itself", async () => {
    const body = JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } });
    const post = (from: string, forwardedFor?: string) =>
      requestFrom(from, `${env.url}/api/sessions`, {
        method: "POST",
        headers: { ...json, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
        body,
      });
    expect((await post("127.0.0.2", "127.0.0.1")).status).toBe(201); // 127.0.0.2 is loopback itself
    expect((await post("127.0.0.1", "203.0.113.7")).status).toBe(401); // a local proxy's remote customer
    expect((await post("127.0.0.1")).status).toBe(201);
  });
});
