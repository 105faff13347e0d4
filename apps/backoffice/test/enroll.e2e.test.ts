import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { eventually, paidDiagnosticsSession, startTestAgent, type TestAgent } from "@kiosk/agent/testing";
import { chainHash, enrollPath, genesisHash, sha256Hex, type AuditChainLink } from "@kiosk/fleet-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "./operators";
import { startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * Kiosks enrolled with a one-time code instead of a token list: the code
 * works once (a retry after a lost answer too), the kiosk's own credential is
 * what it pushes with, and the console revokes or rotates it with no restart
 * of anything.
 */
const legacyToken = "kiosk-old-fleet-token-0123456789";
let backoffice: TestBackoffice;
let admin: SignedIn;
let viewer: SignedIn;

beforeAll(async () => {
  backoffice = await startTestBackoffice({
    kiosks: { "kiosk-old": legacyToken },
    env: { BACKOFFICE_ENROLL_RATE_PER_MINUTE: "20" },
  });
  admin = await backoffice.signInNew("admin@example.com", "admin");
  viewer = await backoffice.signInNew("viewer@example.com", "viewer", { from: "127.0.0.2" });
}, 60_000);
afterAll(() => backoffice.stop());

const newToken = () => randomBytes(32).toString("base64url");

/** `POST /api/fleet/enroll` from a chosen loopback address (each has its own rate window). */
function enroll(body: unknown, from = "127.0.0.1"): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${backoffice.url}${enrollPath}`,
      { method: "POST", headers: { "content-type": "application/json" }, localAddress: from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) }),
        );
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

/** A push of an empty batch with `token`: what the backoffice answers a kiosk's next ingest. */
async function pushWith(token: string, kioskId: string): Promise<{ status: number; code: string | null }> {
  const response = await fetch(`${backoffice.url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ kioskId, version: "test", events: [] }),
  });
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code ?? null };
}

const kioskView = async (kioskId: string) =>
  (await viewer.client.kiosks.list.query()).find((kiosk) => kiosk.kioskId === kioskId);

describe("a one-time enrollment code", () => {
  it("is made by an admin, shown once, kept only as its hash, and audited with the person", async () => {
    const created = await admin.client.kiosks.create.mutate({ id: "kiosk-a", name: "Мойка на Ленина" });
    expect(created.enrollCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(created.expiresAt - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const [row] = await backoffice.sql<{ text: string }>(
      "select row_to_json(kiosks)::text as text from kiosks where id = 'kiosk-a'",
    );
    expect(row?.text).not.toContain(created.enrollCode.replaceAll("-", ""));
    const audit = await backoffice.sql(
      "select operator_id, action, kiosk_id from console_audit where kiosk_id = 'kiosk-a'",
    );
    expect(audit).toEqual([{ operator_id: admin.operator.id, action: "kiosk.created", kiosk_id: "kiosk-a" }]);
    expect(await kioskView("kiosk-a")).toMatchObject({ name: "Мойка на Ленина", enrolled: false, revokedAt: null });
  });

  it("works once; the same code and credential again (a lost answer) enroll the same kiosk", async () => {
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-b", name: "B" });
    const token = newToken();
    // Typed as a person reads it: lower case, spaces instead of dashes.
    const typed = enrollCode.toLowerCase().replaceAll("-", " ");
    expect(await enroll({ code: typed, token })).toEqual({ status: 200, body: { kioskId: "kiosk-b" } });
    expect(await enroll({ code: enrollCode, token })).toEqual({ status: 200, body: { kioskId: "kiosk-b" } });
    expect(await enroll({ code: enrollCode, token: newToken() })).toMatchObject({
      status: 409,
      body: { error: { code: "ENROLL_CODE_USED" } },
    });
    expect(await pushWith(token, "kiosk-b")).toEqual({ status: 200, code: null });
    expect(await kioskView("kiosk-b")).toMatchObject({ enrolled: true });
  });

  it("refuses an unknown code (404), an expired one (409) and a weak credential (400), never 500", async () => {
    const unknown = await enroll({ code: "0000-0000-0000-0000-0000", token: newToken() });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: "ENROLL_CODE_UNKNOWN" } } });
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-c", name: "C" });
    // BACKOFFICE_ENROLL_CODE_TTL_HOURS later (PostgreSQL's clock is not the test's to move).
    await backoffice.sql("update kiosks set enroll_expires_at = now() - interval '1 second' where id = 'kiosk-c'");
    expect(await enroll({ code: enrollCode, token: newToken() })).toMatchObject({
      status: 409,
      body: { error: { code: "ENROLL_CODE_EXPIRED" } },
    });
    expect((await enroll({ code: enrollCode, token: "short" })).status).toBe(400);
    // A new code brings it back; the old one stays refused.
    const renewed = await admin.client.kiosks.newEnrollCode.mutate({ kioskId: "kiosk-c" });
    expect((await enroll({ code: enrollCode, token: newToken() })).status).toBe(404);
    expect(await enroll({ code: renewed.enrollCode, token: newToken() })).toMatchObject({ status: 200 });
  });

  it("is rate limited per address, in PostgreSQL", async () => {
    const answers = [];
    for (let i = 0; i < 21; i++)
      answers.push((await enroll({ code: "0000-0000-0000-0000-0000", token: newToken() }, "127.0.0.9")).status);
    expect(answers.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it("is the admins': a viewer lists the kiosks (the legacy one too) but makes none", async () => {
    expect(await kioskView("kiosk-old")).toMatchObject({ legacy: true, enrolled: false, lastSeenAt: null });
    const refused = await viewer.call("mutation", "kiosks.create", { input: { id: "kiosk-v", name: "V" } });
    expect(refused.status).toBe(403);
  });
});

/** A fresh audit chain of `count` links from the genesis, as a new PC's log sends it. */
function freshChain(count: number, seed: string): AuditChainLink[] {
  const made: AuditChainLink[] = [];
  let previous = { id: 0, hash: genesisHash };
  for (let id = 1; id <= count; id++) {
    const digest = sha256Hex(`${seed} row ${id}`);
    const link = { id, prevHash: previous.hash, hash: chainHash(previous.hash, digest), digest };
    made.push(link);
    previous = link;
  }
  return made;
}

/** An ingest of chain links alone; what the backoffice answers it holds. */
async function pushChain(token: string, kioskId: string, entries: AuditChainLink[]) {
  const response = await fetch(`${backoffice.url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ kioskId, version: "test", events: [], auditChain: { entries } }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { auditChain: { id: number; hash: string } | null }).auditChain;
}

const chainOf = async (kioskId: string) =>
  (
    await backoffice.sql<{ state: string; seq: string | null; problem: string | null }>(
      "select audit_chain as state, audit_chain_seq as seq, audit_chain_problem as problem from kiosks where id = $1",
      [kioskId],
    )
  )[0];

describe("a replaced PC, enrolled again", () => {
  it("starts the kiosk's audit chain afresh, audited, so the new PC's log from row 1 is ok", async () => {
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-pc", name: "PC" });
    const oldPc = newToken();
    expect((await enroll({ code: enrollCode, token: oldPc })).status).toBe(200);
    const oldLog = freshChain(5, "old pc");
    expect(await pushChain(oldPc, "kiosk-pc", oldLog)).toEqual({ id: 5, hash: oldLog[4]?.hash });

    const renewed = await admin.client.kiosks.newEnrollCode.mutate({ kioskId: "kiosk-pc" });
    const newPc = newToken();
    expect((await enroll({ code: renewed.enrollCode, token: newPc })).status).toBe(200);
    expect(await chainOf("kiosk-pc")).toEqual({ state: "ok", seq: null, problem: null });
    const audit = await backoffice.sql(
      "select action, details from console_audit where kiosk_id = 'kiosk-pc' and action = 'kiosk.chain_restarted'",
    );
    expect(audit).toEqual([{ action: "kiosk.chain_restarted", details: { previousHead: 5 } }]);
    // The new PC's log begins at row 1, at the genesis: taken, the chain ok.
    const newLog = freshChain(2, "new pc");
    expect(await pushChain(newPc, "kiosk-pc", newLog)).toEqual({ id: 2, hash: newLog[1]?.hash });
    expect(await chainOf("kiosk-pc")).toEqual({ state: "ok", seq: "2", problem: null });
  });

  it("keeps a chain already flagged broken flagged, with its problem", async () => {
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-pc2", name: "PC2" });
    expect((await enroll({ code: enrollCode, token: newToken() })).status).toBe(200);
    await backoffice.sql(
      "update kiosks set audit_chain = 'broken', audit_chain_problem = 'row 7: altered', audit_chain_seq = 9, audit_chain_head = $1 where id = 'kiosk-pc2'",
      [genesisHash],
    );
    const renewed = await admin.client.kiosks.newEnrollCode.mutate({ kioskId: "kiosk-pc2" });
    expect((await enroll({ code: renewed.enrollCode, token: newToken() })).status).toBe(200);
    expect(await chainOf("kiosk-pc2")).toEqual({ state: "broken", seq: null, problem: "row 7: altered" });
  });
});

describe("a kiosk enrolled by its agent (FLEET_ENROLL_CODE)", () => {
  let agent: TestAgent;
  const storedCredential = () =>
    agent.sqlite.prepare("select kiosk_id as kioskId, token from fleet_credentials").get() as
      { kioskId: string; token: string } | undefined;

  beforeAll(async () => {
    const { enrollCode } = await admin.client.kiosks.create.mutate({ id: "kiosk-7", name: "Седьмой" });
    agent = await startTestAgent(
      // KIOSK_ID is what the installer typed; the fleet knows the kiosk as the admin created it.
      { FLEET_URL: backoffice.url, KIOSK_ID: "typed-by-hand", FLEET_ENROLL_CODE: enrollCode },
      { payments: { dev: { manualMode: true } }, fleet: { tickMs: 100, maxDelayMs: 500 } },
    );
  });
  afterAll(() => agent.stop());

  it("pushes its visits under the admin's kiosk id with a credential it made itself", async () => {
    const { payment } = await paidDiagnosticsSession(agent.url);
    const payments = await eventually(
      () => admin.client.fleet.payments.query({ kioskId: "kiosk-7" }),
      (rows) => rows.some((p) => p.paymentId === payment.id),
      10_000,
    );
    expect(payments.map((p) => p.paymentId)).toContain(payment.id);
    // 32 random bytes, base64url: made on the kiosk, kept there under the fleet's id for it.
    expect(storedCredential()?.kioskId).toBe("kiosk-7");
    expect(storedCredential()?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [audit] = await backoffice.sql(
      "select operator_id, action from console_audit where kiosk_id = 'kiosk-7' and action = 'kiosk.enrolled'",
    );
    expect(audit).toEqual({ operator_id: null, action: "kiosk.enrolled" });
  });

  it("rotates from the console: the old credential is refused after, the new one pushes", async () => {
    const old = storedCredential()?.token ?? "";
    const command = await admin.client.kiosks.rotate.mutate({ kioskId: "kiosk-7" });
    const done = await eventually(
      () => admin.client.commands.get.query({ id: command.id }),
      (c) => c.status !== "pending",
      10_000,
    );
    expect(done).toMatchObject({ status: "done", kind: "rotate_credential", result: { rotated: true } });
    const rotated = storedCredential()?.token ?? "";
    expect(rotated).not.toBe(old);
    expect(await pushWith(old, "kiosk-7")).toEqual({ status: 403, code: "FORBIDDEN" });
    expect(await pushWith(rotated, "kiosk-7")).toEqual({ status: 200, code: null });
    // The agent itself goes on with the new one.
    const { payment } = await paidDiagnosticsSession(agent.url);
    await eventually(
      () => admin.client.fleet.payments.query({ kioskId: "kiosk-7" }),
      (rows) => rows.some((p) => p.paymentId === payment.id),
      10_000,
    );
  });

  it("is revoked from the console: its next push is refused, with no restart", async () => {
    const token = storedCredential()?.token ?? "";
    const revoked = await admin.client.kiosks.revoke.mutate({ kioskId: "kiosk-7" });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await pushWith(token, "kiosk-7")).toEqual({ status: 403, code: "KIOSK_REVOKED" });
    // The agent keeps selling: the visit's first event is tried and refused, and the visit waits in the outbox.
    const { payment } = await paidDiagnosticsSession(agent.url);
    const unsent = () =>
      agent.sqlite.prepare("select event, attempts from fleet_outbox where sent_at is null order by seq").all() as {
        event: string;
        attempts: number;
      }[];
    // The agent's clock stands still in this test, so the refused batch waits its backoff: tried exactly once.
    await expect.poll(() => unsent()[0]?.attempts, { timeout: 4_000 }).toBe(1);
    expect(unsent().map((row) => row.event)).toEqual(["session.created", "payment.created", "payment.confirmed"]);
    const stored = await admin.client.fleet.payments.query({ kioskId: "kiosk-7" });
    expect(stored.map((p) => p.paymentId)).not.toContain(payment.id);
    // A revoked kiosk takes no commands.
    const command = await admin.call("mutation", "commands.create", {
      input: { kioskId: "kiosk-7", requestKey: crypto.randomUUID(), kind: "open_cell", params: { cell: 1 } },
    });
    expect(command.status).toBe(409);
  });
});
