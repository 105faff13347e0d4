import { createKioskClient } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFrom, kioskToken, operatorToken, startTestAgent, type TestAgent, apiStatus } from "./harness";

let env: TestAgent;
beforeAll(async () => {
  // trustProxy lets a test present a non-loopback address through X-Forwarded-For.
  env = await startTestAgent({ TRUST_PROXY: "true" });
});
afterAll(() => env.stop());

const contact = { email: "client@example.com" };

describe("procedure tiers", () => {
  it("operator procedures refuse a missing token with 401 and a wrong one with 403", async () => {
    expect(await apiStatus(createKioskClient({ url: env.url }).sessions.list.query({}))).toBe(401);
    expect(
      await apiStatus(createKioskClient({ url: env.url, token: "wrong-token-0123456789" }).sessions.list.query({})),
    ).toBe(403);
    expect(await apiStatus(createKioskClient({ url: env.url, token: kioskToken }).sessions.list.query({}))).toBe(403);
    expect(await apiStatus(createKioskClient({ url: env.url, token: operatorToken }).sessions.list.query({}))).toBe(
      "ok",
    );
  });

  it("kiosk procedures refuse a non-loopback caller without the kiosk token", async () => {
    const remote = "203.0.113.7";
    expect(await apiStatus(clientFrom(env.url, remote).sessions.create.mutate({ type: "diagnostics", contact }))).toBe(
      401,
    );
    expect(
      await apiStatus(
        clientFrom(env.url, remote, "wrong-token-0123456789").sessions.create.mutate({ type: "diagnostics", contact }),
      ),
    ).toBe(403);
    expect(
      await apiStatus(clientFrom(env.url, remote, kioskToken).sessions.create.mutate({ type: "diagnostics", contact })),
    ).toBe("ok");
    expect(
      await apiStatus(
        clientFrom(env.url, remote, operatorToken).sessions.create.mutate({ type: "diagnostics", contact }),
      ),
    ).toBe("ok");
    expect(
      await apiStatus(clientFrom(env.url, "127.0.0.1").sessions.create.mutate({ type: "diagnostics", contact })),
    ).toBe("ok");
  });

  it("health needs no token from anywhere", async () => {
    expect(await clientFrom(env.url, "203.0.113.7").system.health.query()).toEqual({
      status: "ok",
      environment: "DEV",
    });
  });
});

describe("X-Forwarded-For without trustProxy", () => {
  it("is ignored: the socket address decides", async () => {
    const plain = await startTestAgent();
    try {
      expect(
        await apiStatus(clientFrom(plain.url, "203.0.113.7").sessions.create.mutate({ type: "diagnostics", contact })),
      ).toBe("ok");
    } finally {
      await plain.stop();
    }
  });
});
