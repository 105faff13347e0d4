import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken, scrape, startTestAgent, type TestAgent } from "./harness";

let env: TestAgent;
beforeAll(async () => {
  env = await startTestAgent();
});
afterAll(() => env.stop());

const json = { "content-type": "application/json" };
const post = (path: string, body?: unknown, headers: Record<string, string> = json) =>
  fetch(`${env.url}${path}`, {
    method: "POST",
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const createdSample = 'sessions_created_total{type="diagnostics"}';
const completedSample = 'sessions_completed_total{type="diagnostics"}';

describe("the original REST paths", () => {
  it("create 201, get 200, unknown 404, bogus 400 naming the field, complete twice 409, metrics counted", async () => {
    const before = { created: await scrape(env.url, createdSample), completed: await scrape(env.url, completedSample) };

    const created = await post("/api/sessions", { type: "diagnostics", contact: { email: "client@example.com" } });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string; status: string };
    expect(session.id).toMatch(/^ses_/);

    const got = await fetch(`${env.url}/api/sessions/${session.id}`);
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ id: session.id, status: "active" });

    const unknown = await fetch(`${env.url}/api/sessions/ses_doesnotexist`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "NOT_FOUND" } });

    const bogus = await post("/api/sessions", { type: "bogus" });
    expect(bogus.status).toBe(400);
    const bogusBody = (await bogus.json()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(bogusBody.error.code).toBe("BAD_REQUEST");
    expect(bogusBody.error.issues.map((i) => i.path)).toContain("type");

    expect((await post(`/api/sessions/${session.id}/complete`)).status).toBe(200);
    const again = await post(`/api/sessions/${session.id}/complete`);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "CONFLICT" } });

    // One created, one completed: the refused create and the second complete count nothing.
    expect(await scrape(env.url, createdSample)).toBe(before.created + 1);
    expect(await scrape(env.url, completedSample)).toBe(before.completed + 1);
  });

  it("PATCH updates contact and metadata, never status", async () => {
    const { id } = (await (
      await post("/api/sessions", { type: "thickness", contact: { phone: "+79001234567" } })
    ).json()) as { id: string };
    const patched = await fetch(`${env.url}/api/sessions/${id}`, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify({ metadata: { vehicleType: "sedan" }, contact: { email: "new@example.com" } }),
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      status: "active",
      metadata: { vehicleType: "sedan" },
      contact: { email: "new@example.com" },
    });
    const withStatus = await fetch(`${env.url}/api/sessions/${id}`, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify({ status: "completed" }),
    });
    expect(withStatus.status).toBe(400);
  });

  it("lists sessions for an operator only", async () => {
    expect((await fetch(`${env.url}/api/sessions`)).status).toBe(401);
    const listed = await fetch(`${env.url}/api/sessions?type=thickness&limit=5`, {
      headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as { items: Array<{ type: string }> };
    expect(page.items.every((s) => s.type === "thickness")).toBe(true);
    const badLimit = await fetch(`${env.url}/api/sessions?limit=abc`, {
      headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(badLimit.status).toBe(400);
  });

  it("refuses non-JSON mutations, oversized bodies and malformed JSON with 4xx, never 500", async () => {
    expect((await post("/api/sessions", undefined, { "content-type": "text/plain" })).status).toBe(415);
    const form = await fetch(`${env.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "type=diagnostics",
    });
    expect(form.status).toBe(415);
    const huge = await fetch(`${env.url}/api/sessions`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ type: "diagnostics", pad: "x".repeat(100_000) }),
    }).catch(() => null);
    if (huge) expect(huge.status).toBe(413);
    const broken = await fetch(`${env.url}/api/sessions`, { method: "POST", headers: json, body: "{not json" });
    expect(broken.status).toBe(400);
    expect(
      (
        await fetch(`${env.url}/trpc/sessions.create`, {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: "{}",
        })
      ).status,
    ).toBe(415);
    expect((await fetch(`${env.url}/api/nothing-here`)).status).toBe(404);
    expect((await fetch(`${env.url}/api/sessions/x`, { method: "DELETE" })).status).toBe(405);
  });

  it("serves health, readiness, metrics and an OpenAPI description of the REST paths", async () => {
    expect(await (await fetch(`${env.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${env.url}/readyz`)).json()).toMatchObject({ status: "ready" });
    const metrics = await fetch(`${env.url}/metrics`);
    expect(metrics.headers.get("content-type")).toContain("text/plain");
    expect(await metrics.text()).toContain("# TYPE sessions_active gauge");
    const doc = (await (await fetch(`${env.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/sessions", "/api/sessions/{id}", "/api/sessions/{id}/complete"]),
    );
    expect(doc.paths["/api/sessions"]?.post?.responses).toHaveProperty("201");
    expect(doc.paths["/api/sessions/{id}"]?.patch).toBeDefined();
  });

  it("reports sessions_active from the database, every type present", async () => {
    /** Each sessions_active sample in a scrape, by its labels. */
    const active = async () => {
      const text = await (await fetch(`${env.url}/metrics`)).text();
      return Object.fromEntries(
        text
          .split("\n")
          .filter((l) => l.startsWith("sessions_active{"))
          .map((l) => [l.slice(0, l.lastIndexOf(" ")), Number(l.split(" ").at(-1))]),
      );
    };
    const before = await active();
    const thickness = 'sessions_active{type="thickness"}';
    expect(Object.keys(before).sort()).toEqual(['sessions_active{type="diagnostics"}', thickness]);
    const { id } = (await (
      await post("/api/sessions", { type: "thickness", contact: { phone: "+79001234567" } })
    ).json()) as { id: string };
    expect(await active()).toEqual({ ...before, [thickness]: (before[thickness] ?? 0) + 1 });
    expect((await post(`/api/sessions/${id}/complete`)).status).toBe(200);
    expect(await active()).toEqual(before);
  });
});

describe("malformed paths", () => {
  it("answers 400 BAD_REQUEST to broken percent-encoding, before auth, and logs no error", async () => {
    const logLines: string[] = [];
    const quiet = await startTestAgent({}, {}, { logLines });
    try {
      for (const path of ["/api/sessions/%ZZ", "/api/sessions/%", "/api/sessions/%E0%A4%A", "/api/reports/%ZZ/pdf"]) {
        const response = await fetch(`${quiet.url}${path}`);
        expect(response.status, path).toBe(400);
        expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
      }
      const errors = logLines.map((line) => JSON.parse(line) as { level: number }).filter((l) => l.level >= 50);
      expect(errors).toEqual([]);
    } finally {
      await quiet.stop();
    }
  });
});
