import type { FleetEvent } from "@kiosk/fleet-contract";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLoopbackPort } from "../src";
import { visitEvents } from "../bench/ingest-batches";
import { spawnBackoffice, type BackofficeProcess } from "./backoffice-process";
import { kioskToken, testEnv } from "./calls";
import { callTrpc, createOperator, signInNew } from "./operators";
import { testPostgres } from "./postgres";
import { get, tinyPdf, uploadOf, announceReport } from "./report-links";

/**
 * Two backoffice processes on one PostgreSQL, as two replicas behind a load
 * balancer: whatever one learns the other knows, because nothing that matters
 * lives in a process's memory. A kiosk's batches stored once whichever
 * replica takes them (even the same batch at once on both), the report
 * links' rate limit, sign-ins, lockouts and the command queue all shared.
 */
let postgres: Awaited<ReturnType<typeof testPostgres>>;
const replicas: Array<{ url: string; process: BackofficeProcess }> = [];
let db: pg.Client;

beforeAll(async () => {
  postgres = await testPostgres();
  for (let i = 0; i < 2; i++) {
    const port = await freeLoopbackPort();
    const url = `http://127.0.0.1:${port}`;
    const process = spawnBackoffice({
      ...testEnv,
      PORT: String(port),
      DATABASE_URL: postgres.url,
      BACKOFFICE_PUBLIC_URL: url,
    });
    replicas.push({ url, process });
  }
  // Both migrate the same database at once at their start: neither may fail for the other.
  await Promise.all(replicas.map((r) => r.process.ready(r.url, 60_000)));
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db.end();
  for (const r of replicas) {
    r.process.child.kill("SIGTERM");
    await r.process.exited;
  }
  postgres.remove();
});

const replica = (i: number) => replicas[i % 2] as { url: string };
const push = async (i: number, events: FleetEvent[]) => {
  const response = await fetch(`${replica(i).url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
    body: JSON.stringify({ kioskId: "kiosk-1", events }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { accepted: number; duplicates: number };
};
const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n);

describe("two backoffice replicas on one PostgreSQL", () => {
  it("store a kiosk's batches once each, sent alternately to both, again to the other, and at once to both", async () => {
    const events = visitEvents("kiosk-1", 120, Date.UTC(2026, 11, 1, 9));
    const batches = [0, 1, 2, 3].map((b) => events.slice(b * 30, (b + 1) * 30));
    for (const [i, batch] of batches.entries())
      expect(await push(i, batch)).toMatchObject({ accepted: 30, duplicates: 0 });
    // The answers were lost: each batch again, to the other replica.
    for (const [i, batch] of batches.entries())
      expect(await push(i + 1, batch)).toMatchObject({ accepted: 0, duplicates: 30 });
    // A retry racing the original on the two replicas: one stores it, the other finds it stored.
    const racing = visitEvents("kiosk-1-race", 40, Date.UTC(2026, 11, 1, 12)).map((e) => ({
      ...e,
      eventId: `${e.eventId}_r`,
    }));
    const answers = await Promise.all([push(0, racing), push(1, racing)]);
    expect(answers.map((a) => a.accepted).sort()).toEqual([0, 40]);
    expect(answers.map((a) => a.duplicates).sort()).toEqual([0, 40]);
    expect(await count("select count(*) as n from fleet_events where kiosk_id = 'kiosk-1'")).toBe(160);
    expect(await count("select events_received as n from kiosks where id = 'kiosk-1'")).toBe(160);
    // The day's counters moved once per session created, whichever replica stored it.
    expect(await count("select sum(sessions) as n from fleet_kiosk_hours where kiosk_id = 'kiosk-1'")).toBe(
      await count("select count(*) as n from fleet_events where kiosk_id = 'kiosk-1' and event = 'session.created'"),
    );
  });

  it("keep the day's counters right when the two move one payment at once", async () => {
    // Each payment's confirmation to one replica and its refund to the other, at the same moment.
    const visits = visitEvents("kiosk-1-moved", 700, Date.UTC(2026, 11, 1, 14)).filter(
      (e) => e.entityType === "payment",
    );
    const moves = visits.map((e) => ({ ...e, eventId: `${e.eventId}_m` }));
    const confirmed = moves.filter((e) => e.event === "payment.confirmed");
    const refunded = moves.filter((e) => e.event === "payment.partially_refunded");
    expect(refunded.length).toBe(11);
    for (const refund of refunded) {
      const confirm = confirmed.find((e) => e.entityId === refund.entityId) as FleetEvent;
      await Promise.all([push(0, [confirm]), push(1, [refund])]);
    }
    const net = (
      await db.query<{ counted: string; recount: string }>(
        `select (select sum(payments) || '/' || sum(revenue) from fleet_kiosk_hours where kiosk_id = 'kiosk-1') as counted,
         (select count(*) || '/' || sum(amount - refunded_amount) from fleet_payments
          where kiosk_id = 'kiosk-1' and confirmed_at is not null) as recount`,
      )
    ).rows[0];
    expect(net?.counted).toBe(net?.recount);
  });

  it("share the report links' rate limit: 30 openings a minute from one address, counted on both", async () => {
    const pdf = tinyPdf("rpt_replicas");
    const upload = uploadOf("rpt_replicas", pdf);
    await announceReport(replica(0).url, kioskToken, "kiosk-1", upload);
    const put = await fetch(`${replica(0).url}/api/fleet/reports/rpt_replicas`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
      body: JSON.stringify(upload),
    });
    expect(put.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await get(`${replica(i).url}/r/guess${i}`, "127.0.0.31")).status);
    expect(statuses).toEqual([...Array<number>(30).fill(404), ...Array<number>(10).fill(429)]);
  });

  it("take a session made on one on the other, and a logout on the other ends it on the first", async () => {
    const session = await signInNew(
      replica(0).url,
      postgres.url,
      { email: "replica-viewer@example.com", role: "viewer", password: "Lantern-Quartz-5190-river" },
      { from: "127.0.0.41" },
    );
    const me = await callTrpc(replica(1).url, "query", "auth.me", {
      cookie: session.cookie,
      csrfToken: session.csrfToken,
    });
    expect([me.status, (me.data as { operator?: { email: string } }).operator?.email]).toEqual([
      200,
      "replica-viewer@example.com",
    ]);
    const out = await callTrpc(replica(1).url, "mutation", "auth.logout", {
      cookie: session.cookie,
      csrfToken: session.csrfToken,
    });
    expect(out.status).toBe(200);
    const after = await callTrpc(replica(0).url, "query", "fleet.kiosks", { cookie: session.cookie });
    expect(after.status).toBe(401);
  });

  it("hold a lockout made on one on the other", async () => {
    const email = "replica-locked@example.com";
    const password = "Marble-Heron-3388-window";
    await createOperator(postgres.url, { email, role: "viewer", password });
    // Five wrong passwords (BACKOFFICE_LOGIN_MAX_FAILURES' default), all on the first replica: the fifth locks.
    const wrong: Array<string | null> = [];
    for (let i = 0; i < 5; i++) {
      const input = { email, password: "wrong-password-000" };
      const answer = await callTrpc(replica(0).url, "mutation", "auth.login", { input, from: "127.0.0.51" });
      wrong.push(answer.refusal ?? answer.code);
    }
    expect(wrong).toEqual(["UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED", "ACCOUNT_LOCKED"]);
    const right = await callTrpc(replica(1).url, "mutation", "auth.login", {
      input: { email, password },
      from: "127.0.0.52",
    });
    expect(right.refusal).toBe("ACCOUNT_LOCKED");
  });

  it("queue a command on one that the kiosk fetches and answers through the other, its result shown on the first", async () => {
    const operator = await signInNew(
      replica(0).url,
      postgres.url,
      { email: "replica-operator@example.com", role: "operator", password: "Copper-Fjord-7741-meadow" },
      { from: "127.0.0.61" },
    );
    const queued = await operator.call("mutation", "commands.create", {
      input: {
        kioskId: "kiosk-1",
        requestKey: crypto.randomUUID(),
        kind: "redeliver",
        params: { reportId: "rpt_replicas" },
      },
    });
    expect(queued.status).toBe(200);
    const { id } = queued.data as { id: string };
    const fetched = await fetch(`${replica(1).url}/api/fleet/commands`, {
      headers: { authorization: `Bearer ${kioskToken}` },
    });
    expect(fetched.status).toBe(200);
    const { commands } = (await fetched.json()) as { commands: Array<{ id: string; kind: string }> };
    expect(commands.map((c) => [c.id, c.kind])).toEqual([[id, "redeliver"]]);
    const result = await fetch(`${replica(1).url}/api/fleet/commands/${id}/result`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
      body: JSON.stringify({ status: "done", result: { redelivered: 1 } }),
    });
    expect(result.status).toBe(200);
    const shown = await operator.call("query", "commands.get", { input: { id } });
    expect(shown.data).toMatchObject({ id, status: "done", result: { redelivered: 1 } });
  });
});
