import { DomainError } from "@kiosk/core";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAgent, type TestAgent, yookassaAgentEnv } from "./harness";

/**
 * The embedding API (the services `initializeCoreServices` hands a program) calls
 * the same procedures in process: a failure reaches the program as the verb's own
 * DomainError, not a tRPC error and not another code with the same HTTP status.
 */
let fake: FakeYooKassa;
let env: TestAgent;

beforeAll(async () => {
  fake = await new FakeYooKassa().start();
  env = await startTestAgent(yookassaAgentEnv(fake), { payments: { yookassa: { retryBaseMs: 10, timeoutMs: 500 } } });
});
afterAll(async () => {
  await env.stop();
  await fake.stop();
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("the embedding API's errors", () => {
  it("gives a provider outage as PROVIDER_UNAVAILABLE", async () => {
    const { sessionManager, paymentService } = env.agent.services;
    const session = await sessionManager.createSession({ type: "diagnostics", contact: { email: "a@example.com" } });
    fake.unreachable = true;
    try {
      const error = await rejection(paymentService.createIntent({ sessionId: session.id, amount: 48000 }));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
    } finally {
      fake.unreachable = false;
    }
  });

  it("gives a storage failure as STORAGE_UNAVAILABLE, with the reason", async () => {
    const { sessionManager } = env.agent.services;
    env.sqlite.pragma("query_only = ON"); // every write now fails, as on a read-only remount
    try {
      const error = await rejection(
        sessionManager.createSession({ type: "diagnostics", contact: { email: "a@example.com" } }),
      );
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "STORAGE_UNAVAILABLE", details: { reason: "storage_failure" } });
    } finally {
      env.sqlite.pragma("query_only = OFF");
    }
  });

  it("gives invalid input as BAD_REQUEST with the issues", async () => {
    const error = await rejection(
      env.agent.services.sessionManager.createSession({ type: "diagnostics", contact: { email: "not-an-email" } }),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid input: contact.email",
      issues: [{ path: "contact.email", message: expect.any(String) as string }],
    });
  });
});

describe("closing embedded services", () => {
  it("leaves nothing running: the embedding process ends by itself (the simulated devices included)", async () => {
    const { execFile } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const script = fileURLToPath(new URL("./fixtures/embed-and-close.ts", import.meta.url));
    const started = Date.now();
    const output = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", script], { timeout: 20_000 }, (error, stdout) => {
        if (error) reject(new Error(`the embedding process did not end by itself: ${error.message}`));
        else resolve(stdout);
      });
    });
    expect(output).toMatch(/closed\n$/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
