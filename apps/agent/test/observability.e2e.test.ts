import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKioskClient, kioskApiError } from "@kiosk/client";
import { ManualClock } from "@kiosk/core";
import { describe, expect, it } from "vitest";
import { eventually, operatorToken, scrape, startTestAgent } from "./harness";

const json = { "content-type": "application/json" };

describe("gauges read from the database", () => {
  it("are right immediately after a restart with a pending payment and a dead delivery", async () => {
    const storage = mkdtempSync(join(tmpdir(), "kiosk-gauges-"));
    const clock = new ManualClock(Date.now());
    // Email to a closed port with one attempt allowed: the delivery goes dead at once.
    const env = { EMAIL_PROVIDER: "smtp", SMTP_HOST: "127.0.0.1", SMTP_PORT: "1" };
    const file = {
      payments: { dev: { manualMode: true } },
      delivery: { tickMs: 50, maxAttempts: 1, sendTimeoutMs: 1000 },
    };
    try {
      const first = await startTestAgent(env, file, { storage, clock });
      const api = createKioskClient({ url: first.url });
      const operator = createKioskClient({ url: first.url, token: operatorToken });
      const paid = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
      await operator.payments.confirm.mutate({
        id: (await api.payments.createIntent.mutate({ sessionId: paid.id, amount: 48000 })).id,
      });
      const report = await api.reports.generateDiagnostics.mutate({
        sessionId: paid.id,
        vehicleMake: "VW",
        vehicleModel: "Polo",
        dtcCodes: [],
        scanDurationSeconds: 10,
        timestamp: Date.now(),
      });
      await eventually(
        () => api.reports.get.query({ id: report.id }),
        (r) => r.deliveries[0]?.status === "dead",
      );
      const waiting = await api.sessions.create.mutate({
        type: "thickness",
        contact: { phone: "+79001234567" },
        metadata: { vehicleType: "minivan" },
      });
      await api.payments.createIntent.mutate({ sessionId: waiting.id, amount: 40000 });
      await first.halt();

      clock.advance(60_000);
      const second = await startTestAgent(env, file, { storage, clock });
      try {
        expect(await scrape(second.url, "payments_pending")).toBe(1);
        expect(await scrape(second.url, "payments_oldest_pending_age_seconds")).toBe(60);
        expect(await scrape(second.url, 'deliveries_dead{channel="email"}')).toBe(1);
        expect(await scrape(second.url, 'deliveries_pending{channel="email"}')).toBe(0);
        expect(await scrape(second.url, 'sessions_active{type="diagnostics"}')).toBe(1);
        expect(await scrape(second.url, 'sessions_active{type="thickness"}')).toBe(1);
      } finally {
        await second.halt();
      }
    } finally {
      rmSync(storage, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("request ids", () => {
  it("are made or honoured, returned, and carried into every log line and audit row of the request", async () => {
    const logLines: string[] = [];
    const env = await startTestAgent({}, {}, { logLines, logLevel: "debug" });
    try {
      const made = await fetch(`${env.url}/healthz`);
      expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

      const created = await fetch(`${env.url}/api/sessions`, {
        method: "POST",
        headers: { ...json, "x-request-id": "kiosk-ui-4242" },
        body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
      });
      expect(created.headers.get("x-request-id")).toBe("kiosk-ui-4242");
      const { id } = (await created.json()) as { id: string };

      const garbage = await fetch(`${env.url}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
      expect(garbage.headers.get("x-request-id")).not.toBe("bad id with spaces");

      const audit = await fetch(`${env.url}/api/audit?entityId=${id}`, {
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      const entries = ((await audit.json()) as { items: Array<{ event: string; requestId: string }> }).items;
      expect(entries).toEqual([expect.objectContaining({ event: "session.created", requestId: "kiosk-ui-4242" })]);

      const lines = logLines.map((line) => JSON.parse(line) as { requestId?: string; msg: string; route?: string });
      const ofRequest = lines.filter((line) => line.requestId === "kiosk-ui-4242");
      expect(ofRequest.map((line) => line.msg)).toContain("request");
      expect(ofRequest[0]?.route).toBe("/api/sessions");
      expect(logLines.join("\n")).not.toContain("client@example.com");
    } finally {
      await env.stop();
    }
  });
});

describe("the audit log for operators", () => {
  it("lists by entity, event and time range, paginated, with contact data masked, for operators only", async () => {
    const env = await startTestAgent();
    try {
      const api = createKioskClient({ url: env.url });
      const operator = createKioskClient({ url: env.url, token: operatorToken });
      const start = env.clock.now();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        env.clock.advance(1000);
        ids.push(
          (
            await api.sessions.create.mutate({
              type: "diagnostics",
              contact: { email: "client@example.com", phone: "+79001234567" },
            })
          ).id,
        );
      }
      env.clock.advance(1000);
      await api.sessions.complete.mutate({ id: ids[0] ?? "" });

      const created = await operator.audit.list.query({ event: "session.created", from: start, limit: 2 });
      expect(created.items.map((e) => e.entityId)).toEqual([ids[2], ids[1]]);
      const next = await operator.audit.list.query({
        event: "session.created",
        from: start,
        limit: 2,
        cursor: created.nextCursor ?? "",
      });
      expect(next.items.map((e) => e.entityId)).toEqual([ids[0]]);
      expect(next.nextCursor).toBeNull();

      const history = await operator.audit.list.query({ entityType: "session", entityId: ids[0] });
      expect(history.items.map((e) => e.event)).toEqual(["session.completed", "session.created"]);
      expect(JSON.stringify(history)).not.toContain("client@example.com");
      expect(JSON.stringify(history)).toContain("c***t@example.com");

      const window = await operator.audit.list.query({ from: start + 1500, to: start + 2500 });
      expect(window.items.map((e) => e.entityId)).toEqual([ids[1]]);

      expect(kioskApiError(await api.audit.list.query({}).catch((e: unknown) => e))?.httpStatus).toBe(401);
      const rest = await fetch(`${env.url}/api/audit?event=session.completed`, {
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      expect(((await rest.json()) as { items: unknown[] }).items).toHaveLength(1);
      expect(
        (await fetch(`${env.url}/api/audit?limit=abc`, { headers: { authorization: `Bearer ${operatorToken}` } }))
          .status,
      ).toBe(400);
    } finally {
      await env.stop();
    }
  });
});
