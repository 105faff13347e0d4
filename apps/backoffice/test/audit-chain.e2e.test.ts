import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  freePort,
  operatorToken as agentOperatorToken,
  paidDiagnosticsSession,
  startTestAgent,
  type TestAgent,
} from "@kiosk/agent/testing";
import { ManualClock } from "@kiosk/core";
import { spawnAgent, type AgentProcess } from "@kiosk/agent/testing/process";
import { auditChainBreaks, chainHash, genesisHash, sha256Hex, type AuditChainLink } from "@kiosk/fleet-contract";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken } from "./calls";
import { startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * The tamper-evident trail end to end: a real agent process writes its audit
 * chain while customers visit and pushes it to a real backoffice on a real
 * PostgreSQL, which verifies it. Someone with the kiosk's disk, the agent
 * stopped, edits, deletes or swaps rows already sent; at its next start the
 * backoffice flags the kiosk `broken` and names the row. Links that arrive
 * broken are flagged at ingest, and the events are stored all the same.
 */
const kioskIds = ["kiosk-edit", "kiosk-delete", "kiosk-swap", "kiosk-raw"] as const;
const tokenOf = (kioskId: string) => `${kioskId}-fleet-token-0123456789`;
let backoffice: TestBackoffice;
const dirs: string[] = [];

beforeAll(async () => {
  backoffice = await startTestBackoffice({
    kiosks: Object.fromEntries(kioskIds.map((id) => [id, tokenOf(id)])),
    env: { BACKOFFICE_OPERATOR_TOKEN: operatorToken },
  });
}, 60_000);
afterAll(async () => {
  await backoffice.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const operator = () => backoffice.client(operatorToken);
const kioskView = async (kioskId: string) =>
  (await operator().fleet.kiosks.query()).find((kiosk) => kiosk.kioskId === kioskId);
const brokenGauge = async () => {
  const text = await (await fetch(`${backoffice.url}/metrics`)).text();
  return Number(/^backoffice_audit_chains_broken (\d+)$/m.exec(text)?.[1]);
};

/** A kiosk's storage, and its agent as a real process on it (started again on the same storage after an edit). */
function kiosk(kioskId: string) {
  const storage = mkdtempSync(join(tmpdir(), "kiosk-chain-"));
  dirs.push(storage);
  const configPath = join(storage, "service.json");
  writeFileSync(
    configPath,
    JSON.stringify({ payments: { dev: { manualMode: true } }, fleet: { tickMs: 100, maxDelayMs: 500 } }),
  );
  const database = join(storage, "core.sqlite");
  let agent: AgentProcess | null = null;
  let url = "";
  return {
    get url() {
      return url;
    },
    async start() {
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      agent = spawnAgent({
        STORAGE_PATH: storage,
        CONFIG_PATH: configPath,
        PORT: String(port),
        LOG_LEVEL: "warn",
        OPERATOR_API_TOKEN: agentOperatorToken,
        FLEET_URL: backoffice.url,
        KIOSK_ID: kioskId,
        FLEET_TOKEN: tokenOf(kioskId),
      });
      await agent.ready(url);
    },
    async stop() {
      agent?.child.kill("SIGTERM");
      expect(await agent?.exited).toBe(0);
      agent = null;
    },
    /** The kiosk's SQLite, opened as someone with the disk would. */
    edit(statements: (db: Database.Database) => void) {
      const db = new Database(database);
      try {
        statements(db);
      } finally {
        db.close();
      }
    },
    /** Resolves once the backoffice's head is the kiosk's newest audit row. */
    async allSent() {
      const db = new Database(database, { readonly: true });
      try {
        const newest = () => (db.prepare("select max(id) as id from audit_logs").get() as { id: number }).id;
        await expect
          .poll(
            async () => {
              const head = await backoffice.sql<{ seq: string | null }>(
                "select audit_chain_seq as seq from kiosks where id = $1",
                [kioskId],
              );
              return Number(head[0]?.seq ?? 0) === newest();
            },
            { timeout: 15_000 },
          )
          .toBe(true);
        return newest();
      } finally {
        db.close();
      }
    },
    paymentCreatedRow() {
      const db = new Database(database, { readonly: true });
      try {
        return (db.prepare("select id from audit_logs where event = 'payment.created'").get() as { id: number }).id;
      } finally {
        db.close();
      }
    },
  };
}

/** A kiosk that had a paid visit, all of its audit chain verified by the backoffice, then stopped. */
async function visitedAndStopped(kioskId: string) {
  const k = kiosk(kioskId);
  await k.start();
  await paidDiagnosticsSession(k.url);
  await k.allSent();
  expect(await kioskView(kioskId)).toMatchObject({ auditChain: "ok", auditChainProblem: null });
  await k.stop();
  return k;
}

const problemOf = (id: number, reason: keyof typeof auditChainBreaks) =>
  `row ${id}: ${reason}, ${auditChainBreaks[reason]} (the kiosk's own check of its log)`;

async function flaggedWith(kioskId: string, problem: string) {
  await expect.poll(async () => (await kioskView(kioskId))?.auditChainProblem, { timeout: 20_000 }).toBe(problem);
  expect(await kioskView(kioskId)).toMatchObject({ auditChain: "broken" });
}

describe("the kiosk's audit chain, verified by the backoffice", () => {
  it("flags a kiosk whose sent row was edited on its disk (an amount changed), naming the row", async () => {
    const k = await visitedAndStopped("kiosk-edit");
    const row = k.paymentCreatedRow();
    k.edit((db) =>
      db.prepare("update audit_logs set details = json_set(details, '$.amount', 100) where id = ?").run(row),
    );
    const flagged = await brokenGauge();
    await k.start();
    await flaggedWith("kiosk-edit", problemOf(row, "altered"));
    expect(await brokenGauge()).toBe(flagged + 1);
    // Still flagged, still heard: the kiosk's next visit is stored as before.
    const { payment } = await paidDiagnosticsSession(k.url);
    await expect
      .poll(async () => (await operator().fleet.payments.query({ kioskId: "kiosk-edit" })).map((p) => p.paymentId), {
        timeout: 15_000,
      })
      .toContain(payment.id);
    expect(await kioskView("kiosk-edit")).toMatchObject({
      auditChain: "broken",
      auditChainProblem: problemOf(row, "altered"),
    });
    await k.stop();
  }, 90_000);

  it("flags a kiosk one of whose sent rows was deleted, naming the row after the hole", async () => {
    const k = await visitedAndStopped("kiosk-delete");
    const row = k.paymentCreatedRow();
    k.edit((db) => db.prepare("delete from audit_logs where id = ?").run(row));
    const flagged = await brokenGauge();
    await k.start();
    await flaggedWith("kiosk-delete", problemOf(row + 1, "deleted"));
    expect(await brokenGauge()).toBe(flagged + 1);
    await k.stop();
  }, 90_000);

  it("flags a kiosk two of whose sent rows were swapped", async () => {
    const k = await visitedAndStopped("kiosk-swap");
    const row = k.paymentCreatedRow();
    k.edit((db) => {
      db.prepare("update audit_logs set id = -1 where id = ?").run(row);
      db.prepare("update audit_logs set id = ? where id = ?").run(row, row + 1);
      db.prepare("update audit_logs set id = ? where id = -1").run(row + 1);
    });
    const flagged = await brokenGauge();
    await k.start();
    await flaggedWith("kiosk-swap", problemOf(row, "reordered"));
    expect(await brokenGauge()).toBe(flagged + 1);
    await k.stop();
  }, 90_000);
});

/** Links as a kiosk would send them: each row's digest, linked to the one before. */
function links(count: number, from: { id: number; hash: string } = { id: 0, hash: genesisHash }): AuditChainLink[] {
  const made: AuditChainLink[] = [];
  let previous = from;
  for (let i = 1; i <= count; i++) {
    const digest = sha256Hex(`row ${previous.id + 1}`);
    const link = { id: previous.id + 1, prevHash: previous.hash, hash: chainHash(previous.hash, digest), digest };
    made.push(link);
    previous = link;
  }
  return made;
}

const ingest = async (body: Record<string, unknown>) => {
  const response = await fetch(`${backoffice.url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${tokenOf("kiosk-raw")}` },
    body: JSON.stringify({ kioskId: "kiosk-raw", events: [], ...body }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { auditChain?: { id: number; hash: string } | null };
};

describe("links checked at ingest", () => {
  it("answers the head to an agent from before the chain, advances it over good links, and flags the first bad one", async () => {
    await backoffice.sql(
      "update kiosks set audit_chain = 'ok', audit_chain_seq = null, audit_chain_head = null, audit_chain_problem = null where id = 'kiosk-raw'",
    );
    expect((await ingest({})).auditChain).toBeNull();
    const good = links(3);
    expect((await ingest({ auditChain: { entries: good } })).auditChain).toEqual({ id: 3, hash: good[2]?.hash });
    // Sent again after a lost answer: nothing moves, nothing is flagged.
    expect((await ingest({ auditChain: { entries: good } })).auditChain).toEqual({ id: 3, hash: good[2]?.hash });
    expect(await kioskView("kiosk-raw")).toMatchObject({ auditChain: "ok" });

    const [fourth, fifth, sixth] = links(3, { id: 3, hash: good[2]?.hash ?? "" });
    const edited = { ...(fifth as AuditChainLink), digest: sha256Hex("an amount changed") };
    const answer = await ingest({ auditChain: { entries: [fourth, edited, sixth] } });
    // The head goes on past the break (what follows is still checked), the first break is kept.
    expect(answer.auditChain).toEqual({ id: 6, hash: sixth?.hash });
    expect(await kioskView("kiosk-raw")).toMatchObject({
      auditChain: "broken",
      auditChainProblem: `row 5: altered, ${auditChainBreaks.altered} (found at ingest)`,
    });
  });

  it("flags a chain that starts over at the genesis while a head is held (another log, no re-enrollment)", async () => {
    await backoffice.sql(
      "update kiosks set audit_chain = 'ok', audit_chain_seq = null, audit_chain_head = null, audit_chain_problem = null where id = 'kiosk-raw'",
    );
    const first = links(5);
    await ingest({ auditChain: { entries: first } });
    // The same chain sent again from its start (a lost answer) is no restart.
    await ingest({ auditChain: { entries: first } });
    expect(await kioskView("kiosk-raw")).toMatchObject({ auditChain: "ok" });
    const other = links(2).map((link) => ({ ...link, digest: sha256Hex(`another log ${link.id}`) }));
    const rehashed = other.reduce<AuditChainLink[]>((made, link) => {
      const prevHash = made.at(-1)?.hash ?? genesisHash;
      return [...made, { ...link, prevHash, hash: chainHash(prevHash, link.digest) }];
    }, []);
    await ingest({ auditChain: { entries: rehashed } });
    expect((await kioskView("kiosk-raw"))?.auditChainProblem).toBe(
      `row 1: deleted, ${auditChainBreaks.deleted} (found at ingest: the chain starts over while row 5 is held)`,
    );
  });

  it.each([
    { case: "a gap in the ids", entries: (l: AuditChainLink[]) => [l[1]], problem: "row 3: deleted" },
    { case: "two links swapped", entries: (l: AuditChainLink[]) => [l[1], l[0]], problem: "row 3: reordered" },
  ])("flags $case", async ({ entries, problem }) => {
    await backoffice.sql(
      "update kiosks set audit_chain = 'ok', audit_chain_seq = null, audit_chain_head = null, audit_chain_problem = null where id = 'kiosk-raw'",
    );
    const made = links(3);
    await ingest({ auditChain: { entries: [made[0] as AuditChainLink] } });
    await ingest({ auditChain: { entries: entries(made.slice(1)) } });
    expect((await kioskView("kiosk-raw"))?.auditChainProblem).toMatch(new RegExp(`^${problem}, `));
  });
});

describe("what leaves the chain ok", () => {
  it("a real retention purge, restarts of the agent, and a replaced PC enrolled again", async () => {
    const admin = await backoffice.signInNew("chain-admin@example.com", "admin");
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-life", name: "Life" });
    const clock = new ManualClock(Date.now());
    const file = {
      payments: { dev: { manualMode: true } },
      fleet: { tickMs: 100, maxDelayMs: 500 },
      audit: { retentionDays: 1 },
    };
    const env = (code: string) => ({ FLEET_URL: backoffice.url, KIOSK_ID: "kiosk-life", FLEET_ENROLL_CODE: code });
    let agent = await startTestAgent(env(enrollCode), file, { clock });
    try {
      await paidDiagnosticsSession(agent.url);
      const sent = await allSentOf(agent);
      // The kiosk keeps the head the backoffice acknowledged: the purge's ceiling.
      await expect
        .poll(() => agent.sqlite.prepare("select audit_id as id from fleet_audit_head").get())
        .toEqual({ id: sent });
      // Two days on, restarted: the housekeeping at start purges the rows the backoffice holds.
      clock.advance(2 * 86_400_000);
      await agent.halt();
      agent = await startTestAgent(env(enrollCode), file, { clock, storage: agent.storage });
      await expect
        .poll(() => agent.sqlite.prepare("select count(*) as n from audit_logs where event = 'audit.purged'").get())
        .toEqual({ n: 1 });
      await paidDiagnosticsSession(agent.url);
      await allSentOf(agent);
      // Restarted again: its check of the whole log at start, from the purge's mark, is sent and is ok.
      await agent.halt();
      agent = await startTestAgent(env(enrollCode), file, { clock, storage: agent.storage });
      await paidDiagnosticsSession(agent.url);
      await allSentOf(agent);
      expect(await kioskView("kiosk-life")).toMatchObject({ auditChain: "ok", auditChainProblem: null });
      // The PC is replaced: a new one, enrolled with a new code, its log from row 1.
      await agent.stop();
      const renewed = await admin.client.kiosks.newEnrollCode.mutate({ kioskId: "kiosk-life" });
      agent = await startTestAgent(env(renewed.enrollCode), file, { clock });
      await paidDiagnosticsSession(agent.url);
      expect(await allSentOf(agent)).toBeLessThan(50);
      expect(await kioskView("kiosk-life")).toMatchObject({ auditChain: "ok", auditChainProblem: null });
    } finally {
      await agent.stop();
    }
  }, 120_000);
});

/** Resolves once the backoffice's head is the in-process agent's newest audit row; that row's id. */
async function allSentOf(agent: TestAgent): Promise<number> {
  const newest = () => (agent.sqlite.prepare("select max(id) as id from audit_logs").get() as { id: number }).id;
  await expect
    .poll(
      async () => {
        const head = await backoffice.sql<{ seq: string | null }>(
          "select audit_chain_seq as seq from kiosks where id = $1",
          ["kiosk-life"],
        );
        return Number(head[0]?.seq ?? 0) === newest();
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return newest();
}
