import { createKioskClient } from "@kiosk/client";
import {
  diagnosticsReport,
  eventually,
  paidDiagnosticsSession,
  startTestAgent,
  type TestAgent,
} from "@kiosk/agent/testing";
import { commandResultPath, commandsPath } from "@kiosk/fleet-contract";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "./operators";
import { kioskToken } from "./calls";
import { queueCommand, startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * The command queue end to end: a real PostgreSQL, the backoffice, and a real
 * agent that pulls. Each kind goes from `commands.create` to the kiosk (run
 * through its own procedures, audited there under the operator's id) and back
 * as a result; another kiosk can neither fetch nor answer it.
 */
const otherKioskToken = "kiosk-2-fleet-token-0123456789";
let backoffice: TestBackoffice;
let agent: TestAgent;
let operator: SignedIn;
let viewer: SignedIn;

beforeAll(async () => {
  backoffice = await startTestBackoffice({ kiosks: { "kiosk-1": kioskToken, "kiosk-2": otherKioskToken } });
  operator = await backoffice.signInNew("ops@example.com", "operator");
  viewer = await backoffice.signInNew("viewer@example.com", "viewer", { from: "127.0.0.2" });
  agent = await startTestAgent(agentEnv(), {
    payments: { dev: { manualMode: true } },
    fleet: { tickMs: 100, maxDelayMs: 500 },
  });
}, 60_000);
afterAll(async () => {
  await agent.stop();
  await backoffice.stop();
});

// Links are off on this backoffice: a report's messages wait for one only briefly.
const agentEnv = () => ({
  FLEET_URL: backoffice.url,
  KIOSK_ID: "kiosk-1",
  FLEET_TOKEN: kioskToken,
  REPORT_LINK_WAIT_MS: "200",
});

/** A command's row once it has its result (the agent's worker ticks every 100 ms). */
const settled = (id: string) =>
  eventually(
    () => viewer.client.commands.get.query({ id }),
    (command) => command.status !== "pending",
    10_000,
  );

/** kiosk-2 never runs: its token's calls are the test's own. */
const asKiosk2 = (path: string, init: RequestInit = {}) =>
  fetch(`${backoffice.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${otherKioskToken}`, "content-type": "application/json" },
  });

/** The kiosk's own audit rows a command wrote: each names the person and carries the command's id. */
const kioskAuditOf = (commandId: string) =>
  agent.sqlite
    .prepare("select event, actor, actor_id as actorId from audit_logs where request_id = ? order by id")
    .all(commandId) as { event: string; actor: string; actorId: string }[];

describe("commands to a kiosk behind NAT", () => {
  it("expires a stuck session on the kiosk, audited there under the operator's id", async () => {
    const api = createKioskClient({ url: agent.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "c@example.com" } });
    const command = await queueCommand(operator, "kiosk-1", {
      kind: "expire_session",
      params: { sessionId: session.id },
    });
    expect(command).toMatchObject({ status: "pending", requestedBy: operator.operator.id });
    const done = await settled(command.id);
    expect(done).toMatchObject({ status: "done", result: { sessionId: session.id, status: "expired" }, fetches: 1 });
    expect((await api.sessions.get.query({ id: session.id })).status).toBe("expired");
    expect(kioskAuditOf(command.id)).toEqual([
      { event: "session.expired", actor: "operator", actorId: operator.operator.id },
    ]);
  });

  it("fetched again after its result was lost, is reported again and not run again", async () => {
    const api = createKioskClient({ url: agent.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "c@example.com" } });
    const command = await queueCommand(operator, "kiosk-1", {
      kind: "expire_session",
      params: { sessionId: session.id },
    });
    await settled(command.id);
    // The backoffice never stored the result (its answer lost before the commit): the command is handed out again.
    await backoffice.sql(
      "update kiosk_commands set status = 'pending', result = null, finished_at = null where id = $1",
      [command.id],
    );
    // A second run would fail (the session is over): done, from the kiosk's ledger, proves it ran once.
    expect(await settled(command.id)).toMatchObject({ status: "done", fetches: 2, result: { status: "expired" } });
    expect(kioskAuditOf(command.id)).toHaveLength(1);
  });

  it("opens a locker cell once, and refunds a paid payment", async () => {
    const open = await queueCommand(operator, "kiosk-1", { kind: "open_cell", params: { cell: 3 } });
    expect(await settled(open.id)).toMatchObject({ status: "done", result: { cell: 3, door: "open" } });
    const { payment } = await paidDiagnosticsSession(agent.url);
    const refund = await queueCommand(operator, "kiosk-1", {
      kind: "refund",
      params: { paymentId: payment.id, amount: 10_000 },
    });
    expect(await settled(refund.id)).toMatchObject({
      status: "done",
      // The emulator (manual mode) settles nothing by itself: the refund waits for the provider's word.
      result: { paymentId: payment.id, refund: { id: `rfd_${refund.id}`, amount: 10_000, status: "pending" } },
    });
    expect(kioskAuditOf(refund.id).map((row) => row.event)).toContain("payment.refund_requested");
  });

  it("redelivers a report's dead deliveries and resends its link", async () => {
    const { api, report } = await diagnosticsReport(agent.url);
    const allSent = () =>
      eventually(
        () => api.reports.get.query({ id: report.id }),
        (view) => view.deliveries.every((d) => d.status === "sent"),
        10_000,
      );
    // Past the wait for a link (links are off here): the email goes.
    agent.clock.advance(1_000);
    await allSent();
    // The channel gave up on it: what a redelivery is for (no API makes a delivery dead on purpose).
    agent.sqlite.prepare("update deliveries set status = 'dead' where report_id = ?").run(report.id);
    const redeliver = await queueCommand(operator, "kiosk-1", { kind: "redeliver", params: { reportId: report.id } });
    expect(await settled(redeliver.id)).toMatchObject({ status: "done", result: { reportId: report.id } });
    await allSent();
    const resend = await queueCommand(operator, "kiosk-1", { kind: "resend_link", params: { reportId: report.id } });
    expect(await settled(resend.id)).toMatchObject({ status: "done", result: { reportId: report.id } });
    expect(kioskAuditOf(resend.id)).toEqual([
      expect.objectContaining({ event: "report.resent", actorId: operator.operator.id }),
    ]);
  }, 30_000);

  it("answers a command the kiosk cannot run as failed, with the kiosk's reason", async () => {
    const command = await queueCommand(operator, "kiosk-1", { kind: "refund", params: { paymentId: "pay_nobody" } });
    const failed = await settled(command.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/pay_nobody/);
  });

  it("refuses bad params, unknown kiosks and viewers", async () => {
    const bad = await operator.call("mutation", "commands.create", {
      input: {
        kioskId: "kiosk-1",
        requestKey: crypto.randomUUID(),
        kind: "open_cell",
        params: { cell: 3, extra: true },
      },
    });
    expect(bad.status).toBe(400);
    const unknown = await operator.call("mutation", "commands.create", {
      input: { kioskId: "kiosk-9", requestKey: crypto.randomUUID(), kind: "open_cell", params: { cell: 1 } },
    });
    expect(unknown.status).toBe(404);
    const refused = await viewer.call("mutation", "commands.create", {
      input: { kioskId: "kiosk-1", requestKey: crypto.randomUUID(), kind: "open_cell", params: { cell: 1 } },
    });
    expect(refused.status).toBe(403);
  });

  it("writes the console's audit row with the person, in the command's transaction", async () => {
    const command = await queueCommand(operator, "kiosk-1", { kind: "open_cell", params: { cell: 4 } });
    const rows = await backoffice.sql(
      "select operator_id, operator_email, action, kiosk_id from console_audit where target = $1",
      [command.id],
    );
    expect(rows).toEqual([
      {
        operator_id: operator.operator.id,
        operator_email: "ops@example.com",
        action: "command.created",
        kiosk_id: "kiosk-1",
      },
    ]);
    await settled(command.id);
  });
});

describe("a command asked once", () => {
  it("is queued once per submission: the same key again answers the same command, another ask under it is 409", async () => {
    const requestKey = crypto.randomUUID();
    const ask = {
      kioskId: "kiosk-1",
      requestKey,
      kind: "refund" as const,
      params: { paymentId: "pay_twice", amount: 500 },
    };
    const first = await operator.client.commands.create.mutate(ask);
    const again = await operator.client.commands.create.mutate(ask);
    expect(again.id).toBe(first.id);
    const other = await operator.call("mutation", "commands.create", {
      input: { ...ask, params: { paymentId: "pay_twice", amount: 700 } },
    });
    expect(other.status).toBe(409);
    const rows = await backoffice.sql("select id from kiosk_commands where request_key = $1", [requestKey]);
    expect(rows).toEqual([{ id: first.id }]);
    const audited = await backoffice.sql("select action from console_audit where target = $1", [first.id]);
    expect(audited).toEqual([{ action: "command.created" }]);
  });
});

describe("a command's expiry", () => {
  it("travels with it; fetched and unanswered past it, it reads expired, and a late result is still stored", async () => {
    const command = await queueCommand(operator, "kiosk-2", { kind: "open_cell", params: { cell: 2 } });
    const fetched = (await (await asKiosk2(commandsPath)).json()) as { commands: { id: string; expiresAt: number }[] };
    expect(fetched.commands.find((c) => c.id === command.id)?.expiresAt).toBe(command.expiresAt);
    // Its answer lost, the kiosk offline past the expiry: never handed out again, shown expired.
    await backoffice.sql("update kiosk_commands set expires_at = now() - interval '1 second' where id = $1", [
      command.id,
    ]);
    expect(await viewer.client.commands.get.query({ id: command.id })).toMatchObject({ status: "expired", fetches: 1 });
    const refetched = (await (await asKiosk2(commandsPath)).json()) as { commands: { id: string }[] };
    expect(refetched.commands.map((c) => c.id)).not.toContain(command.id);
    const late = await asKiosk2(commandResultPath(command.id), {
      method: "POST",
      body: JSON.stringify({ status: "done", result: { cell: 2 } }),
    });
    expect(late.status).toBe(200);
    expect(await viewer.client.commands.get.query({ id: command.id })).toMatchObject({
      status: "done",
      result: { cell: 2 },
    });
  });

  it("a rotation with no credential row to take it is answered failed: the kiosk keeps its old credential", async () => {
    const id = `cmd_rot_${Date.now()}`;
    await backoffice.sql("delete from kiosks where id = 'kiosk-2'");
    await backoffice.sql(
      `insert into kiosk_commands (id, kiosk_id, kind, params, requested_by, requested_by_email, expires_at)
       values ($1, 'kiosk-2', 'rotate_credential', '{}', $2, 'ops@example.com', now() + interval '1 hour')`,
      [id, operator.operator.id],
    );
    const token = "a-new-credential-made-by-kiosk-2-0123456789ab";
    const answered = await asKiosk2(commandResultPath(id), {
      method: "POST",
      body: JSON.stringify({ status: "done", result: { token } }),
    });
    expect([answered.status, await answered.json()]).toEqual([200, { id, status: "failed" }]);
    // Sent again (a lost answer): the same answer.
    const again = await asKiosk2(commandResultPath(id), {
      method: "POST",
      body: JSON.stringify({ status: "done", result: { token } }),
    });
    expect([again.status, await again.json()]).toEqual([200, { id, status: "failed" }]);
    expect((await asKiosk2(commandsPath)).status).toBe(200);
    const refused = await fetch(`${backoffice.url}${commandsPath}`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status).toBe(403);
  });

  it("the kiosk refuses one past its expiry by its own clock: failed, expired, never run", async () => {
    agent.clock.advance(2 * 86_400_000);
    const command = await queueCommand(operator, "kiosk-1", { kind: "open_cell", params: { cell: 3 } });
    const failed = await settled(command.id);
    expect(failed).toMatchObject({ status: "failed", fetches: 1 });
    expect(failed.error).toMatch(/^expired: not run/);
    expect(kioskAuditOf(command.id)).toEqual([]);
  });
});

describe("one kiosk's commands are its own", () => {
  it("kiosk 2 neither fetches nor answers kiosk 1's commands (404); kiosk 1 runs it once when back", async () => {
    await agent.halt();
    try {
      const command = await queueCommand(operator, "kiosk-1", { kind: "open_cell", params: { cell: 5 } });
      const fetched = await asKiosk2(commandsPath);
      expect(fetched.status).toBe(200);
      expect(await fetched.json()).toEqual({ commands: [] });
      const answered = await asKiosk2(commandResultPath(command.id), {
        method: "POST",
        body: JSON.stringify({ status: "done", result: {} }),
      });
      expect(answered.status).toBe(404);
      expect(await viewer.client.commands.get.query({ id: command.id })).toMatchObject({
        status: "pending",
        fetches: 0,
      });
      // kiosk 1 comes back: the command that waited for it runs once.
      agent = await restartAgent();
      expect(await settled(command.id)).toMatchObject({ status: "done", fetches: 1, result: { cell: 5 } });
    } finally {
      if (!agent.agent.services.isReady()) agent = await restartAgent();
    }
  });
});

const restartAgent = () =>
  startTestAgent(
    agentEnv(),
    { payments: { dev: { manualMode: true } }, fleet: { tickMs: 100, maxDelayMs: 500 } },
    { storage: agent.storage },
  );

describe("a result the backoffice will never take", () => {
  it("a rotation it refuses (404) is set aside, the kiosk keeps its credential, and the results behind it go", async () => {
    await agent.halt();
    const command = await queueCommand(operator, "kiosk-1", { kind: "open_cell", params: { cell: 6 } });
    // The agent's own ledger, as if it ran both before its answers were lost: a rotation the
    // backoffice never knew (404) first, then the cell opened.
    const ledger = new Database(join(agent.storage, "core.sqlite"));
    try {
      const plant = ledger.prepare(
        `insert into fleet_commands (id, kind, params, requested_by, requested_by_email, received_at, status, result, finished_at)
         values (?, ?, ?, 'opr_x', 'ops@example.com', 1, 'done', ?, ?)`,
      );
      plant.run("cmd_ghost_rotation", "rotate_credential", "{}", JSON.stringify({ token: "g".repeat(43) }), 1);
      plant.run(command.id, "open_cell", JSON.stringify({ cell: 6 }), JSON.stringify({ cell: 6, planted: true }), 2);
    } finally {
      ledger.close();
    }
    agent = await restartAgent();
    expect(await settled(command.id)).toMatchObject({ status: "done", result: { cell: 6, planted: true } });
    const ghost = agent.sqlite
      .prepare("select reported_at as reportedAt, result from fleet_commands where id = 'cmd_ghost_rotation'")
      .get() as { reportedAt: number | null; result: string };
    expect(ghost.reportedAt).not.toBeNull();
    expect(JSON.parse(ghost.result)).toMatchObject({ rotated: false });
    expect((JSON.parse(ghost.result) as { refusal: string }).refusal).toMatch(/^NOT_FOUND/);
    expect(agent.sqlite.prepare("select count(*) as n from fleet_credentials").get()).toEqual({ n: 0 });
  });
});
