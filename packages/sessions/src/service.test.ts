import { DomainError } from "@kiosk/core";
import { auditLogs } from "@kiosk/db";
import { afterEach, describe, expect, it } from "vitest";
import { createSessionInput, type CreateSessionInput } from "./schemas";
import {
  cancelSession,
  completeSession,
  createSession,
  failSession,
  getSession,
  listSessions,
  touchSession,
  updateSession,
} from "./service";
import { testSessionDeps } from "./test-deps";

let env = testSessionDeps();
afterEach(() => {
  env.handle.close();
  env = testSessionDeps();
});

const newSession = (extra: Partial<CreateSessionInput> = {}) =>
  createSession({ ctx: env.ctx, input: { type: "diagnostics", contact: { email: "client@example.com" }, ...extra } });
/** A by-id verb's argument, called as the kiosk. */
const byId = (id: string) => ({ ctx: env.ctx, input: { id } });

function domainCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe("createSession", () => {
  it("stores an active session with its deadline and counts it", async () => {
    const session = newSession({ metadata: { vehicleMake: "Toyota" } });
    expect(session.id).toMatch(/^ses_/);
    expect(session).toMatchObject({
      status: "active",
      type: "diagnostics",
      contact: { email: "client@example.com" },
      metadata: { vehicleMake: "Toyota" },
      expiresAt: env.clock.now() + 3_600_000,
    });
    expect(getSession(byId(session.id))).toEqual(session);
    expect(await env.deps.metrics.registry.getSingleMetricAsString("sessions_created_total")).toContain(
      'sessions_created_total{type="diagnostics"} 1',
    );
  });

  it("writes a masked audit row", () => {
    const session = newSession({ contact: { email: "client@example.com", phone: "+79001234567" } });
    const rows = env.deps.db.select().from(auditLogs).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: "session.created", entityId: session.id, actor: "kiosk", ip: "127.0.0.1" });
    expect(JSON.stringify(rows[0]?.details)).not.toContain("client@example.com");
    expect(JSON.stringify(rows[0]?.details)).toContain("+7900***4567");
  });

  it("rejects a ttl outside the configured bounds", () => {
    expect(domainCode(() => newSession({ ttlMs: 1000 }))).toBe("BAD_REQUEST");
    expect(domainCode(() => newSession({ ttlMs: 24 * 3_600_000 }))).toBe("BAD_REQUEST");
  });

  it("parses its own input: called in-process, a bad one is BAD_REQUEST naming the fields, as over HTTP", () => {
    const bogus = { type: "bogus", contact: {} } as unknown as CreateSessionInput;
    let thrown: unknown;
    try {
      createSession({ ctx: env.ctx, input: bogus });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: "BAD_REQUEST", message: "Invalid input: type, contact" });
    expect(env.deps.db.select().from(auditLogs).all()).toEqual([]);
  });

  it("validates the contact: one of email or phone, each well-formed", () => {
    const parse = (contact: unknown) => createSessionInput.safeParse({ type: "thickness", contact }).success;
    expect(parse({})).toBe(false);
    expect(parse({ email: "not-an-email" })).toBe(false);
    expect(parse({ phone: "8900" })).toBe(false);
    expect(parse({ phone: "+79001234567" })).toBe(true);
    expect(createSessionInput.safeParse({ type: "bogus", contact: { phone: "+79001234567" } }).success).toBe(false);
  });

  it("bounds metadata at 4 KiB", () => {
    const big = { blob: "x".repeat(5000) };
    expect(
      createSessionInput.safeParse({ type: "thickness", contact: { phone: "+79001234567" }, metadata: big }).success,
    ).toBe(false);
  });
});

describe("session transitions", () => {
  it("completes once; a second completion is a conflict", () => {
    const session = newSession();
    env.clock.advance(90_000);
    const done = completeSession(byId(session.id));
    expect(done).toMatchObject({ status: "completed", endedAt: env.clock.now(), endReason: "completed" });
    expect(domainCode(() => completeSession(byId(session.id)))).toBe("CONFLICT");
    expect(domainCode(() => cancelSession(byId(session.id)))).toBe("CONFLICT");
    expect(domainCode(() => touchSession(byId(session.id)))).toBe("CONFLICT");
  });

  it("fails with a reason and cancels", () => {
    expect(failSession({ ctx: env.ctx, input: { id: newSession().id, reason: "obd adapter lost" } })).toMatchObject({
      status: "failed",
      endReason: "obd adapter lost",
    });
    expect(cancelSession(byId(newSession().id)).status).toBe("cancelled");
  });

  it("records the duration of every ended session", async () => {
    const session = newSession();
    env.clock.advance(120_000);
    completeSession(byId(session.id));
    const text = await env.deps.metrics.registry.getSingleMetricAsString("sessions_duration_seconds");
    expect(text).toContain('sessions_duration_seconds_count{type="diagnostics",outcome="completed"} 1');
    expect(text).toContain('sessions_duration_seconds_sum{type="diagnostics",outcome="completed"} 120');
  });

  it("answers NOT_FOUND for an unknown id", () => {
    expect(domainCode(() => getSession(byId("ses_00000000000000000000")))).toBe("NOT_FOUND");
    expect(domainCode(() => completeSession(byId("ses_00000000000000000000")))).toBe("NOT_FOUND");
  });

  it("touch moves last activity; a session past its deadline is expired on the spot", () => {
    const session = newSession({ ttlMs: 120_000 });
    env.clock.advance(60_000);
    expect(touchSession(byId(session.id)).lastActivityAt).toBe(env.clock.now());
    env.clock.advance(60_000);
    expect(domainCode(() => touchSession(byId(session.id)))).toBe("CONFLICT");
    expect(getSession(byId(session.id))).toMatchObject({ status: "expired", endReason: "ttl" });
  });

  it("updates contact and metadata but never status", () => {
    const session = newSession();
    const updated = updateSession({
      ctx: env.ctx,
      input: { id: session.id, contact: { phone: "+79001234567" }, metadata: { a: 1 } },
    });
    expect(updated).toMatchObject({ status: "active", contact: { phone: "+79001234567" }, metadata: { a: 1 } });
    expect(updated.contact.email).toBeUndefined();
    completeSession(byId(session.id));
    expect(domainCode(() => updateSession({ ctx: env.ctx, input: { id: session.id, metadata: { b: 2 } } }))).toBe(
      "CONFLICT",
    );
  });
});

describe("listSessions", () => {
  it("filters by type and status and pages newest first", () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      env.clock.advance(1000);
      ids.push(newSession().id);
    }
    env.clock.advance(1000);
    createSession({ ctx: env.ctx, input: { type: "thickness", contact: { phone: "+79001234567" } } });
    completeSession(byId(ids[0] as string));

    const first = listSessions({ ctx: env.ctx, input: { type: "diagnostics", limit: 2 } });
    expect(first.items.map((s) => s.id)).toEqual([ids[4], ids[3]]);
    const second = listSessions({
      ctx: env.ctx,
      input: { type: "diagnostics", limit: 2, cursor: first.nextCursor ?? "" },
    });
    expect(second.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    const third = listSessions({
      ctx: env.ctx,
      input: { type: "diagnostics", limit: 2, cursor: second.nextCursor ?? "" },
    });
    expect(third.items.map((s) => s.id)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();

    expect(listSessions({ ctx: env.ctx, input: { status: "completed" } }).items.map((s) => s.id)).toEqual([ids[0]]);
    expect(listSessions({ ctx: env.ctx, input: { type: "thickness" } }).items).toHaveLength(1);
    expect(domainCode(() => listSessions({ ctx: env.ctx, input: { cursor: "garbage" } }))).toBe("BAD_REQUEST");
  });
});
