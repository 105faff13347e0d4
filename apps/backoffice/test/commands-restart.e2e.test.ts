import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { eventually, FakeYooKassa, freePort } from "@kiosk/agent/testing";
import { spawnAgent, type AgentProcess } from "@kiosk/agent/testing/process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "./operators";
import { kioskToken } from "./calls";
import { queueCommand, startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * Refund commands to a real agent process on a YooKassa fake: the money goes
 * back through the kiosk's own YooKassa account and the payment comes back
 * `refunded` in the fleet; a command to a kiosk that is down waits, or
 * expires visibly; an agent killed (SIGKILL) while YooKassa is answering its
 * refund refunds once after its restart.
 */
let backoffice: TestBackoffice;
let yookassa: FakeYooKassa;
let operator: SignedIn;
let agent: AgentProcess | null = null;
let storage: string;
let agentUrl: string;
let env: Record<string, string>;

beforeAll(async () => {
  backoffice = await startTestBackoffice({ kiosks: { "kiosk-1": kioskToken } });
  operator = await backoffice.signInNew("ops@example.com", "operator");
  yookassa = await new FakeYooKassa().start();
  storage = mkdtempSync(join(tmpdir(), "kiosk-commands-"));
  const port = await freePort();
  agentUrl = `http://127.0.0.1:${port}`;
  env = {
    AGENT_ENV: "PROD",
    OBD_DRIVER: "simulator",
    GAUGE_DRIVER: "simulator",
    PORT: String(port),
    STORAGE_PATH: storage,
    LOG_LEVEL: "warn",
    YOOKASSA_API_URL: yookassa.url,
    YOOKASSA_SHOP_ID: yookassa.shopId,
    YOOKASSA_SECRET_KEY: yookassa.secretKey,
    YOOKASSA_WEBHOOK_ALLOWED_IPS: "127.0.0.1/32",
    FLEET_URL: backoffice.url,
    KIOSK_ID: "kiosk-1",
    FLEET_TOKEN: kioskToken,
  };
  await startAgent();
}, 90_000);
afterAll(async () => {
  await stopAgent("SIGTERM");
  await yookassa.stop();
  await backoffice.stop();
  rmSync(storage, { recursive: true, force: true });
});

async function startAgent(): Promise<void> {
  agent = spawnAgent(env);
  await agent.ready(agentUrl);
}

async function stopAgent(signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  if (!agent?.alive()) return;
  agent.child.kill(signal);
  await agent.exited;
  agent = null;
}

/** A payment the customer paid at YooKassa, confirmed on the kiosk by YooKassa's notification. */
async function paidPayment(): Promise<{ id: string; providerId: string }> {
  const api = createKioskClient({ url: agentUrl });
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "c@example.com" } });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  const remote = yookassa.findByOurId(payment.id);
  if (!remote) throw new Error("YooKassa never saw the payment");
  yookassa.setStatus(remote.id, "succeeded");
  await yookassa.notify(`${agentUrl}/api/payments/webhook`, "payment.succeeded", remote);
  await eventually(
    () => api.payments.get.query({ id: payment.id }),
    (p) => p.status === "confirmed",
    10_000,
  );
  return { id: payment.id, providerId: remote.id };
}

const commandOf = (id: string) => operator.client.commands.get.query({ id });
/** A command's row once it has its result. */
const finished = (id: string) =>
  eventually(
    () => commandOf(id),
    (c) => c.status !== "pending",
    20_000,
  );
const fleetPaymentOf = async (paymentId: string) =>
  (await operator.client.fleet.payments.query({ kioskId: "kiosk-1" })).find((p) => p.paymentId === paymentId);
const refundsAtYooKassa = (providerId: string) =>
  [...yookassa.refunds.values()].filter((refund) => refund.payment_id === providerId);

describe("a refund sent from the console", () => {
  it("reaches the kiosk's YooKassa and comes back refunded in the fleet", async () => {
    const payment = await paidPayment();
    const command = await queueCommand(operator, "kiosk-1", { kind: "refund", params: { paymentId: payment.id } });
    const done = await finished(command.id);
    expect(done).toMatchObject({ status: "done", result: { status: "refunded", refundedAmount: 48000 } });
    expect(refundsAtYooKassa(payment.providerId)).toHaveLength(1);
    // Idempotence-Key: the refund's id, the command's.
    expect(yookassa.refundRequestsFor(payment.providerId)[0]?.headers["idempotence-key"]).toBe(`rfd_${command.id}`);
    await eventually(
      () => fleetPaymentOf(payment.id),
      (p) => p?.status === "refunded",
      20_000,
    );
  }, 60_000);

  it("waits for a kiosk that is down, and runs once when it is back", async () => {
    const payment = await paidPayment();
    await stopAgent("SIGTERM");
    const command = await queueCommand(operator, "kiosk-1", {
      kind: "refund",
      params: { paymentId: payment.id, amount: 8000 },
    });
    expect(await commandOf(command.id)).toMatchObject({ status: "pending", fetches: 0 });
    await startAgent();
    const done = await finished(command.id);
    expect(done).toMatchObject({ status: "done", fetches: 1, result: { refundedAmount: 8000 } });
    expect(refundsAtYooKassa(payment.providerId)).toHaveLength(1);
  }, 60_000);

  it("expires visibly when the kiosk does not come back in time, and never runs", async () => {
    const payment = await paidPayment();
    await stopAgent("SIGTERM");
    const command = await queueCommand(operator, "kiosk-1", { kind: "refund", params: { paymentId: payment.id } });
    const [row] = await backoffice.sql<{ minutes: number }>(
      "select extract(epoch from expires_at - created_at) / 60 as minutes from kiosk_commands where id = $1",
      [command.id],
    );
    expect(Number(row?.minutes)).toBe(1440);
    // BACKOFFICE_COMMAND_TTL_MINUTES later (PostgreSQL's clock is not the test's to move).
    await backoffice.sql("update kiosk_commands set expires_at = now() - interval '1 second' where id = $1", [
      command.id,
    ]);
    expect(await commandOf(command.id)).toMatchObject({ status: "expired" });
    expect(await operator.client.commands.list.query({ kioskId: "kiosk-1", status: "expired", limit: 10 })).toEqual([
      expect.objectContaining({ id: command.id, status: "expired", fetches: 0 }),
    ]);
    await startAgent();
    // The kiosk's first fetch passes it by: the events it pushes arrive, the command stays expired.
    await eventually(
      () => fleetPaymentOf(payment.id),
      (p) => p?.status === "confirmed",
      20_000,
    );
    await eventually(
      () =>
        backoffice.sql<{ fetches: number }>(
          "select fetches from kiosk_commands where kiosk_id = 'kiosk-1' and status = 'pending'",
        ),
      (rows) => rows.length === 0,
      10_000,
    );
    expect(await commandOf(command.id)).toMatchObject({ status: "expired", fetches: 0, result: null });
    expect(refundsAtYooKassa(payment.providerId)).toHaveLength(0);
  }, 60_000);

  it("refunds once when the agent is killed while YooKassa answers its refund", async () => {
    const payment = await paidPayment();
    yookassa.latencyMs = () => 3_000;
    try {
      const command = await queueCommand(operator, "kiosk-1", { kind: "refund", params: { paymentId: payment.id } });
      // The refund is on its way to YooKassa, which is thinking: the agent dies now.
      await eventually(
        () => Promise.resolve(yookassa.refundRequestsFor(payment.providerId).length),
        (n) => n === 1,
        20_000,
      );
      await stopAgent("SIGKILL");
      expect(await commandOf(command.id)).toMatchObject({ status: "pending", fetches: 1 });
      // YooKassa finishes the request the dead agent sent, then answers at once again.
      await eventually(
        () => Promise.resolve(refundsAtYooKassa(payment.providerId).length),
        (n) => n === 1,
        10_000,
      );
      yookassa.latencyMs = () => 0;
      await startAgent();
      const done = await finished(command.id);
      expect(done).toMatchObject({ status: "done", result: { status: "refunded", refundedAmount: 48000 } });
      expect(refundsAtYooKassa(payment.providerId)).toHaveLength(1);
      // Asked again after the restart under the same key: YooKassa answered the refund it had.
      const keys = yookassa.refundRequestsFor(payment.providerId).map((r) => r.headers["idempotence-key"]);
      expect(new Set(keys)).toEqual(new Set([`rfd_${command.id}`]));
    } finally {
      yookassa.latencyMs = () => 0;
    }
  }, 90_000);
});
