import { createHash } from "node:crypto";
import { RateLimiter } from "@kiosk/core";
import { auditLogs, paymentEvents, payments } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { seedSession, testPaymentDeps } from "../test/deps";
import { createIntent } from "./create-intent";
import { purgeOrphanEventsBatch } from "./retention";
import type { WebhookGuard } from "./deps";
import { handleWebhook, webhookActor } from "./webhook";

let env = testPaymentDeps();
afterEach(() => {
  env.handle.close();
  env = testPaymentDeps();
});

const guard = (refusalsPerMinute = 10): WebhookGuard => {
  const limiter = new RateLimiter(env.clock, refusalsPerMinute, 60_000);
  return { isAllowedSender: (ip) => ip === "185.71.76.10", mayRecordRefusal: (ip) => limiter.take(ip) };
};
const post = (body: unknown, sourceIp: string, g = guard()) =>
  handleWebhook({
    ctx: { deps: { ...env.deps, webhookGuard: g }, actor: webhookActor({ body, sourceIp, userAgent: "curl" }) },
    input: { body, sourceIp },
  });
const bulky = { type: "notification", event: "payment.succeeded", object: { id: "x", junk: "x".repeat(60_000) } };

describe("handleWebhook's refusals", () => {
  it("keeps only the sender, size and digest of a notification from a wrong sender", async () => {
    expect(await post(bulky, "203.0.113.9")).toEqual({ status: 403, result: "forbidden" });
    const [event] = env.deps.db.select().from(paymentEvents).all();
    expect(event).toMatchObject({ paymentId: null, sourceIp: "203.0.113.9", applied: false });
    const sha256 = createHash("sha256").update(JSON.stringify(bulky)).digest("hex");
    expect(event?.rawPayload).toEqual({ bytes: JSON.stringify(bulky).length, sha256 });
    const [row] = env.deps.db.select().from(auditLogs).all();
    expect(row?.event).toBe("payment.webhook_rejected");
    expect(row?.details).toEqual({ reason: "sender not allowed", bytes: JSON.stringify(bulky).length, sha256 });
  });

  it("records an unreadable body by its fingerprint too", async () => {
    expect(await post({ hello: "x".repeat(1000) }, "185.71.76.10")).toEqual({ status: 400, result: "invalid" });
    expect(env.deps.db.select().from(paymentEvents).get()?.rawPayload).toMatchObject({ bytes: 1012 }); // {"hello":"x…x"};
  });

  it("records at most the limit per sender per minute, and answers all the same", async () => {
    const g = guard(2);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await post(bulky, "203.0.113.9", g)).status);
    answers.push((await post(bulky, "198.51.100.1", g)).status);
    expect(answers).toEqual([403, 403, 403, 403, 403, 403]);
    const sources = env.deps.db
      .select()
      .from(paymentEvents)
      .all()
      .map((e) => e.sourceIp);
    expect(sources).toEqual(["203.0.113.9", "203.0.113.9", "198.51.100.1"]);
    env.clock.advance(60_000);
    await post(bulky, "203.0.113.9", g);
    expect(env.deps.db.select().from(paymentEvents).all()).toHaveLength(4);
  });

  it("lets a bug reach the caller instead of answering 200 fetch_failed", async () => {
    const payment = await createIntent({ ctx: env.ctx, input: { sessionId: seedSession(env.deps), amount: 48000 } });
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    env.deps.provider = { ...env.deps.provider, getPayment: () => Promise.reject(new TypeError("a bug")) };
    const body = { type: "notification", event: "payment.succeeded", object: { id: row?.providerPaymentId } };
    await expect(post(body, "185.71.76.10")).rejects.toThrow(TypeError);
  });
});

describe("purgeOrphanEventsBatch", () => {
  it("deletes refused notifications past the cutoff and nothing that belongs to a payment", async () => {
    await post(bulky, "203.0.113.9");
    env.clock.advance(1000);
    await post(bulky, "203.0.113.9");
    expect(purgeOrphanEventsBatch(env.deps.db, env.clock.now() - 500)).toBe(1);
    expect(purgeOrphanEventsBatch(env.deps.db, env.clock.now() - 500)).toBe(0);
    expect(env.deps.db.select().from(paymentEvents).all()).toHaveLength(1);
  });
});
