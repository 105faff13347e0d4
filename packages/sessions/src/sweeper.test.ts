import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, parseConfig } from "@kiosk/core";
import { auditLogs, createDb, payments, sessions } from "@kiosk/db";
import { insertPayment } from "@kiosk/db/testing";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { SessionCtx } from "./deps";
import { completeSession, createSession, getSession, touchSession } from "./service";
import { expireOverdueSessions, purgeEndedSessions, sweepSessions } from "./sweeper";
import { kioskActor, sessionDepsOn, testSessionDeps } from "./test-deps";

const minute = 60_000;
let env = testSessionDeps();
afterEach(() => {
  env.handle.close();
  env = testSessionDeps();
});

const newSession = (ttlMs?: number) =>
  createSession({
    ctx: env.ctx,
    input: { type: "thickness", contact: { phone: "+79001234567" }, ...(ttlMs ? { ttlMs } : {}) },
  });
/** A by-id verb's argument, called as the kiosk. */
const byId = (id: string, ctx = env.ctx) => ({ ctx, input: { id } });

describe("expireOverdueSessions", () => {
  it("expires a session when its ttl passes, not a moment before", async () => {
    const session = newSession(30 * minute);
    for (let i = 0; i < 5; i++) {
      env.clock.advance(5 * minute);
      touchSession(byId(session.id));
    }
    env.clock.advance(5 * minute - 1);
    expect(await expireOverdueSessions(env.deps)).toBe(0);
    env.clock.advance(1);
    expect(await expireOverdueSessions(env.deps)).toBe(1);
    expect(getSession(byId(session.id))).toMatchObject({ status: "expired", endReason: "ttl" });
    expect(await env.deps.metrics.registry.getSingleMetricAsString("sessions_expired_total")).toContain(
      'sessions_expired_total{type="thickness",reason="ttl"} 1',
    );
  });

  it("expires an idle session after inactivityMs; activity holds it off", async () => {
    const idle = newSession();
    const busy = newSession();
    env.clock.advance(10 * minute);
    touchSession(byId(busy.id));
    env.clock.advance(5 * minute);
    expect(await expireOverdueSessions(env.deps)).toBe(1);
    expect(getSession(byId(idle.id))).toMatchObject({ status: "expired", endReason: "inactivity" });
    expect(getSession(byId(busy.id)).status).toBe("active");
  });

  it("keeps idle sessions when autoResetOnTimeout is off", async () => {
    env.handle.close();
    env = testSessionDeps({ autoResetOnTimeout: false });
    const session = newSession();
    env.clock.advance(30 * minute);
    expect(await expireOverdueSessions(env.deps)).toBe(0);
    env.clock.advance(30 * minute);
    expect(await expireOverdueSessions(env.deps)).toBe(1);
    expect(getSession(byId(session.id)).endReason).toBe("ttl");
  });

  it("never expires a session whose payment is pending", async () => {
    const session = newSession(5 * minute);
    insertPayment(env.deps.db, env.clock.now(), { id: "pay_1", sessionId: session.id, status: "pending" });
    env.clock.advance(20 * minute);
    expect(await expireOverdueSessions(env.deps)).toBe(0);
    env.deps.db.update(payments).set({ status: "confirmed" }).where(eq(payments.id, "pay_1")).run();
    expect(await expireOverdueSessions(env.deps)).toBe(1);
  });

  it("writes one audit row per expired session", async () => {
    newSession(2 * minute);
    newSession(2 * minute);
    env.clock.advance(3 * minute);
    await expireOverdueSessions(env.deps);
    const events = env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "session.expired")).all();
    expect(events).toHaveLength(2);
    expect(events.every((row) => row.actor === "system")).toBe(true);
  });
});

describe("sweeping after downtime", () => {
  it("expires, on the first sweep after start, a session that lapsed while the process was down", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-sweep-"));
    const path = join(dir, "core.sqlite");
    const config = parseConfig({}, {}).sessions;
    const clock = new ManualClock();
    try {
      const before = createDb(path);
      const ctx: SessionCtx = { deps: sessionDepsOn(before.db, clock, config), actor: kioskActor };
      const session = createSession({
        ctx,
        input: { type: "diagnostics", contact: { email: "a@b.ru" }, ttlMs: 10 * minute },
      });
      before.close();

      clock.advance(2 * 3_600_000); // the kiosk was off for two hours
      const after = createDb(path);
      const restarted: SessionCtx = { deps: sessionDepsOn(after.db, clock, config), actor: kioskActor };
      expect((await sweepSessions(restarted.deps)).expired).toBe(1);
      expect(getSession(byId(session.id, restarted)).status).toBe("expired");
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("purgeEndedSessions", () => {
  it("deletes ended sessions past retention, with their payments, and keeps the rest", async () => {
    const old = newSession();
    completeSession(byId(old.id));
    insertPayment(env.deps.db, env.clock.now(), { id: "pay_1", sessionId: old.id, status: "confirmed" });
    env.clock.advance(29 * 86_400_000);
    const recent = newSession();
    completeSession(byId(recent.id));
    const active = newSession(4 * 3_600_000);
    env.clock.advance(86_400_000);

    expect(await purgeEndedSessions(env.deps)).toBe(1);
    const left = env.deps.db
      .select({ id: sessions.id })
      .from(sessions)
      .all()
      .map((r) => r.id);
    expect(left.sort()).toEqual([recent.id, active.id].sort());
    expect(env.deps.db.select().from(payments).all()).toEqual([]);
    expect(env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "session.purged")).all()).toHaveLength(1);
  });
});

describe("sweeping a backlog", () => {
  it("expires in batches and gives the event loop a turn between them", async () => {
    for (let i = 0; i < 200; i++) newSession(2 * minute);
    env.clock.advance(3 * minute);
    let turns = 0;
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const expired = await expireOverdueSessions(env.deps);
    ticking = false;
    expect(expired).toBe(200);
    // 200 sessions in batches of 64 make four batches; without a yield between them the ticker never runs.
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it("stops between batches when its signal aborts", async () => {
    for (let i = 0; i < 200; i++) newSession(2 * minute);
    env.clock.advance(3 * minute);
    const stop = new AbortController();
    const sweeping = expireOverdueSessions(env.deps, stop.signal);
    stop.abort();
    expect(await sweeping).toBe(64);
  });
});
