import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestFrom, startTestAgent, type TestAgent } from "./harness";

let env: TestAgent;
beforeAll(async () => {
  env = await startTestAgent({ RATE_LIMIT_PER_MINUTE: "5" });
});
afterAll(() => env.stop());

const json = { "content-type": "application/json" };
const createBody = JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } });

describe("the per-client limit on mutating kiosk calls", () => {
  it("answers the sixth change in a minute 429 on REST, with Retry-After and RateLimit-* headers", async () => {
    const statuses: number[] = [];
    let last = await requestFrom("127.0.0.3", `${env.url}/api/sessions`, {
      method: "POST",
      headers: json,
      body: createBody,
    });
    statuses.push(last.status);
    const id = (JSON.parse(last.body) as { id: string }).id;
    for (const path of [
      `/api/sessions/${id}/touch`,
      `/api/sessions/${id}/touch`,
      "/api/sessions",
      `/api/sessions/${id}/touch`,
      "/api/sessions",
    ]) {
      last = await requestFrom("127.0.0.3", `${env.url}${path}`, {
        method: "POST",
        headers: json,
        ...(path === "/api/sessions" ? { body: createBody } : {}),
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 200, 200, 201, 200, 429]);
    expect(JSON.parse(last.body)).toMatchObject({
      error: { code: "TOO_MANY_REQUESTS", details: { limit: 5, remaining: 0, retryAfterSeconds: 60 } },
    });
    expect(last.headers["retry-after"]).toBe("60");
    expect(last.headers["ratelimit-limit"]).toBe("5");
    expect(last.headers["ratelimit-remaining"]).toBe("0");
    expect(last.headers["ratelimit-reset"]).toBe("60");

    // Reads are not limited; another client has its own budget.
    expect((await requestFrom("127.0.0.3", `${env.url}/api/sessions/${id}`)).status).toBe(200);
    const other = await requestFrom("127.0.0.4", `${env.url}/api/sessions`, {
      method: "POST",
      headers: json,
      body: createBody,
    });
    expect(other.status).toBe(201);

    // The window moves with the agent's clock: 30 s later the wait is shorter, a minute later it is over.
    env.clock.advance(30_000);
    const waiting = await requestFrom("127.0.0.3", `${env.url}/api/sessions/${id}/touch`, { method: "POST" });
    expect(waiting.status).toBe(429);
    expect(waiting.headers["retry-after"]).toBe("30");
    env.clock.advance(30_000);
    expect((await requestFrom("127.0.0.3", `${env.url}/api/sessions/${id}/touch`, { method: "POST" })).status).toBe(
      200,
    );
  });

  it("answers 429 with the same headers on /trpc, and counts REST and tRPC calls together", async () => {
    // tRPC's wire format: the input under `json` (superjson).
    const call = (procedure: string, body: string) =>
      requestFrom("127.0.0.5", `${env.url}/trpc/${procedure}`, {
        method: "POST",
        headers: json,
        body: `{"json":${body}}`,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("sessions.create", createBody)).status);
    statuses.push(
      (await requestFrom("127.0.0.5", `${env.url}/api/sessions`, { method: "POST", headers: json, body: createBody }))
        .status,
    );
    statuses.push((await call("sessions.create", createBody)).status);
    const limited = await call("sessions.create", createBody);
    statuses.push(limited.status);
    expect(statuses).toEqual([200, 200, 200, 201, 200, 429]);
    expect(limited.headers["retry-after"]).toMatch(/^\d+$/);
    expect(limited.headers["ratelimit-limit"]).toBe("5");
    expect(limited.headers["ratelimit-remaining"]).toBe("0");
    expect(JSON.parse(limited.body)).toMatchObject({
      error: { json: { data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, details: { limit: 5 } } } },
    });
  });

  it("leaves operator calls out of the kiosk limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await requestFrom("127.0.0.6", `${env.url}/api/sessions?limit=1`, {
        headers: { authorization: "Bearer operator-token-0123456789abcdef" },
      });
      statuses.push(answer.status);
    }
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
