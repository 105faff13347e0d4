import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { backofficeRouter } from "../src/router";
import { kioskToken, operatorToken, testEnv } from "./calls";
import {
  deepText,
  hostileJson,
  hostileJsonText,
  ingestText,
  keys,
  leaf,
  poison,
  poisoned,
  trpcInput,
  trpcText,
  unicode,
} from "./hostile-input";
import { createOperator, signIn, type SignedIn } from "./operators";
import { tinyPdf, uploadOf } from "./report-links";
import { testPostgres } from "./postgres";

/**
 * Hostile input against a real backoffice on a real PostgreSQL: POST
 * /api/ingest, /trpc/ingest and every procedure of the router, with poison
 * values (NUL, lone surrogates, numbers past int4 and Date, 20,000-deep
 * nesting, `__proto__` keys, huge strings, wrong types), and mostly-valid
 * events with one field poisoned so the values reach the code behind the
 * schema. Whatever comes in: an answer within 5 s, never a 5xx, never SQL or a
 * stack in it. People and access (`auth.*`, `accounts.*`) are fuzzed signed
 * in as an admin, so hostile input gets past the role check to the query.
 * FUZZ_RUNS raises the number of cases.
 */
const runs = Number(process.env.FUZZ_RUNS ?? "500");
const hangMs = 5_000;
const anonymousBodyLimit = 64 * 1024;

let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice;
/** An admin's session, and a viewer's account for the admin to act on. */
let admin: SignedIn;
let targetId: string;
const fuzzPassword = "ржавый якорь поёт на рассвете";
beforeAll(async () => {
  pg = await testPostgres();
  backoffice = await startBackoffice(
    parseBackofficeConfig({
      ...testEnv,
      PORT: "0",
      DATABASE_URL: pg.url,
      BACKOFFICE_PUBLIC_URL: "https://bo.example.ru",
      // The link guesses below are not to be cut short by the rate limit: what is behind it is fuzzed.
      REPORT_LINK_RATE_PER_MINUTE: "100000",
      // Nor the sign-ins: what is behind the throttle is fuzzed (the lockout still works, and is reached).
      BACKOFFICE_LOGIN_RATE_PER_MINUTE: "100000",
    }),
  );
  await createOperator(pg.url, { email: "fuzz.admin@example.ru", role: "admin", password: fuzzPassword });
  targetId = (await createOperator(pg.url, { email: "fuzz.target@example.ru", role: "viewer", password: fuzzPassword }))
    .id;
  admin = await signIn(backoffice.url, "fuzz.admin@example.ru", fuzzPassword);
}, 60_000);
afterAll(async () => {
  await backoffice.stop();
  pg.remove();
});

/** Every procedure of the router, by its dotted path, with its type. */
const procedures = Object.entries(backofficeRouter._def.procedures).map(([path, procedure]) => ({
  path,
  type: (procedure as unknown as { _def: { type: string } })._def.type,
}));

const token = (own: string) =>
  fc.oneof(
    { arbitrary: fc.constant<string | undefined>(own), weight: 6 },
    fc.constantFrom<string | undefined>(
      undefined,
      "wrong-token-0123456789",
      own === kioskToken ? operatorToken : kioskToken,
    ),
  );
const contentType = fc.oneof(
  { arbitrary: fc.constant<string | undefined>("application/json"), weight: 8 },
  fc.constantFrom<string | undefined>("application/json; charset=utf-8", "text/plain", undefined),
);

interface Attempt {
  method: "GET" | "POST" | "PUT";
  target: string;
  body?: string;
  contentType?: string | undefined;
  token?: string | undefined;
  /** A console session's cookie and its CSRF token. */
  session?: { cookie: string; csrfToken: string } | undefined;
}

/** Sends one request; throws when nothing came back within 5 s, or the connection dropped on a body the server should read. */
async function send(attempt: Attempt): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (attempt.contentType) headers["content-type"] = attempt.contentType;
  if (attempt.token) headers.authorization = `Bearer ${attempt.token}`;
  if (attempt.session) {
    headers.cookie = attempt.session.cookie;
    headers["x-csrf-token"] = attempt.session.csrfToken;
  }
  const response = await fetch(`${backoffice.url}${attempt.target}`, {
    method: attempt.method,
    headers,
    ...(attempt.body === undefined ? {} : { body: attempt.body }),
    signal: AbortSignal.timeout(hangMs),
  }).catch((error: unknown) => {
    if (error instanceof Error && error.name === "TimeoutError") throw new Error(`no answer in ${hangMs} ms`);
    // A caller past its body limit may be cut off; anyone else is owed an answer.
    const known = attempt.token === kioskToken || attempt.token === operatorToken;
    if (!known && Buffer.byteLength(attempt.body ?? "") > anonymousBodyLimit) return null;
    throw error;
  });
  return response ? { status: response.status, text: await response.text() } : { status: 413, text: "" };
}

const leaks = /select |insert into|params:| {4}at /i;
async function answersSafely(attempt: Attempt): Promise<boolean> {
  const { status, text } = await send(attempt);
  const shown = JSON.stringify({ ...attempt, body: attempt.body?.slice(0, 300), session: undefined });
  if (status >= 500) throw new Error(`${status} ${text.slice(0, 300)} for ${shown}`);
  const leak = leaks.exec(text);
  if (leak) throw new Error(`the answer shows "${leak[0]}": ${text.slice(0, 300)} for ${shown}`);
  return true;
}

/** A query's input on the URL: lone surrogates in raw text would not encode, so they go as U+FFFD. */
const inputQuery = (text: string, batch: boolean) =>
  `${batch ? "batch=1&" : ""}input=${encodeURIComponent((batch ? `{"0":${text}}` : text).toWellFormed())}`;

describe("fuzzing the backoffice", () => {
  it("answers POST /api/ingest and /trpc/ingest with hostile batches below 500, within 5 s, showing nothing inside", async () => {
    const attempt = fc.oneof(
      fc
        .record({ body: ingestText, contentType, token: token(kioskToken) })
        .map((a): Attempt => ({ method: "POST", target: "/api/ingest", ...a })),
      fc
        .record({ body: trpcText(ingestText), batch: fc.boolean(), contentType, token: token(kioskToken) })
        .map(({ body, batch, ...rest }): Attempt => ({
          method: "POST",
          target: `/trpc/ingest${batch ? "?batch=1" : ""}`,
          body: batch ? `{"0":${body}}` : body,
          ...rest,
        })),
    );
    await fc.assert(fc.asyncProperty(attempt, answersSafely), { numRuns: runs, seed: 20261201 });
  }, 120_000);

  it("answers every procedure with hostile input below 500, within 5 s, showing nothing inside", async () => {
    // Mostly the filters' own fields, each valid or poisoned, so poison gets past `.strict()` to the query.
    const field = (valid: unknown[]) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 6 }, poison, leaf);
    const known = fc.record(
      {
        kioskId: field(["kiosk-1", "kiosk-2"]),
        status: field(["confirmed", "refunded"]),
        event: field(["session.created", "payment.late_success"]),
        entityId: field(["ses_exact", "pay_fz_1"]),
        from: field([0, 1_700_000_000_000]),
        to: field([253_402_300_799_999, 1_800_000_000_000]),
        limit: field([1, 500]),
      },
      { requiredKeys: [] },
    );
    const filter = fc.oneof(
      { arbitrary: known.map((value) => JSON.stringify(value)), weight: 4 },
      { arbitrary: fc.dictionary(keys, leaf, { maxKeys: 4 }).map((value) => JSON.stringify(value)), weight: 2 },
      hostileJsonText,
      deepText,
    );
    const attempt = fc
      .record({
        procedure: fc.constantFrom(...procedures),
        input: trpcText(filter),
        batch: fc.boolean(),
        otherMethod: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        token: token(operatorToken),
      })
      .map(({ procedure, input: text, batch, otherMethod, token: bearer }): Attempt => {
        const asGet = procedure.type === "query" ? !otherMethod : otherMethod;
        return asGet
          ? { method: "GET", target: `/trpc/${procedure.path}?${inputQuery(text, batch)}`, token: bearer }
          : {
              method: "POST",
              target: `/trpc/${procedure.path}${batch ? "?batch=1" : ""}`,
              body: batch ? `{"0":${text}}` : text,
              contentType: "application/json",
              token: bearer,
            };
      });
    await fc.assert(fc.asyncProperty(attempt, answersSafely), { numRuns: runs, seed: 20261202 });
  }, 120_000);

  it("answers every procedure of auth.* and accounts.* with hostile input below 500, signed in as an admin", async () => {
    const field = (valid: unknown[]) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 6 }, poison, leaf);
    const email = field(["fuzz.target@example.ru", "nobody@example.ru", " Mixed@Example.RU "]);
    const password = field(["a wrong guess here", "тихая гавань у старого маяка"]);
    const role = field(["viewer", "operator", "admin"]);
    const id = field([targetId, "opr_missing"]);
    // Each procedure's own fields, so poison gets past the strict objects to the code behind them.
    const inputs: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
      "auth.login": fc.record({ email, password }, { requiredKeys: [] }),
      "auth.changePassword": fc.record({ current: password, next: password }, { requiredKeys: [] }),
      "accounts.create": fc.record({ email, role, password }, { requiredKeys: [] }),
      "accounts.update": fc.record({ id, role, disabled: field([true, false]) }, { requiredKeys: [] }),
      "accounts.unlock": fc.record({ id }, { requiredKeys: [] }),
      "accounts.resetPassword": fc.record({ id, password }, { requiredKeys: [] }),
      "accounts.actions": fc.record(
        {
          operatorId: id,
          action: field(["login", "login.failed", "account.created"]),
          kioskId: field(["kiosk-1"]),
          from: field([0, 1_700_000_000_000]),
          to: field([253_402_300_799_999, 1_800_000_000_000]),
          beforeId: field([1, 1_000_000]),
          limit: field([1, 500]),
        },
        { requiredKeys: [] },
      ),
    };
    const access = procedures.filter((p) => /^(auth|accounts)\./.test(p.path));
    expect(access.map((p) => p.path)).toEqual(expect.arrayContaining(Object.keys(inputs)));
    // Sign-in and sign-out go without the admin's session: they would end it.
    const sessionless = new Set(["auth.login", "auth.logout", "auth.logoutEverywhere"]);
    const attempt = fc
      .constantFrom(...access)
      .chain((procedure) =>
        fc.record({
          procedure: fc.constant(procedure),
          input: trpcText(
            fc.oneof(
              { arbitrary: (inputs[procedure.path] ?? fc.constant({})).map((v) => JSON.stringify(v)), weight: 6 },
              hostileJsonText,
              deepText,
            ),
          ),
          batch: fc.boolean(),
        }),
      )
      .map(({ procedure, input: text, batch }): Attempt => {
        const session = sessionless.has(procedure.path) ? undefined : admin;
        return procedure.type === "query"
          ? { method: "GET", target: `/trpc/${procedure.path}?${inputQuery(text, batch)}`, session }
          : {
              method: "POST",
              target: `/trpc/${procedure.path}${batch ? "?batch=1" : ""}`,
              body: batch ? `{"0":${text}}` : text,
              contentType: "application/json",
              session,
            };
      });
    await fc.assert(fc.asyncProperty(attempt, answersSafely), { numRuns: runs, seed: 20261204 });
    // The admin's session lived through it all: the input reached the procedures, not a 401.
    expect((await admin.call("query", "auth.me")).status).toBe(200);
  }, 120_000);

  it("answers PUT /api/fleet/reports/:id and GET /r/... with hostile input below 500, within 5 s, showing nothing inside", async () => {
    const valid = uploadOf("rpt_fz", tinyPdf("fuzz"));
    const field = fc.constantFrom(
      ...["reportId", "type", "createdAt", "sha256", "pdfBase64", "page", "__proto__", "extra"],
      ...["page.service", "page.vehicle", "page.timeZone", "page.kioskName", "page.verdict", "page.summary"],
      ...["page.summary.0", "page.summary.11", "page.__proto__", "page.constructor", "page.extra"],
    );
    const upload = fc.oneof(
      { arbitrary: fc.constant(JSON.stringify(valid)), weight: 1 },
      {
        arbitrary: fc
          .tuple(field, fc.oneof({ arbitrary: poison, weight: 3 }, leaf, hostileJson))
          .map(([path, to]) => JSON.stringify(poisoned(valid, path.split("."), to))),
        weight: 8,
      },
      { arbitrary: hostileJsonText, weight: 2 },
      { arbitrary: deepText, weight: 1 },
    );
    const reportPath = fc.oneof(
      { arbitrary: fc.constant("rpt_fz"), weight: 6 },
      unicode.map((text) => encodeURIComponent(text.toWellFormed())),
      fc.constantFrom("", "x".repeat(65), "a.b", "rpt_fz/pdf", "..%2F", "%00"),
    );
    const guess = fc.oneof(
      unicode.map((text) => encodeURIComponent(text.toWellFormed())),
      fc.string({ unit: fc.constantFrom(..."AZaz09_-"), minLength: 20, maxLength: 24 }),
      fc.constantFrom("", "%00", "..%2F..%2Fetc", "x".repeat(5_000), "a/b/c"),
    );
    const attempt = fc.oneof(
      fc
        .record({ id: reportPath, body: upload, contentType, token: token(kioskToken) })
        .map(({ id, ...rest }): Attempt => ({ method: "PUT", target: `/api/fleet/reports/${id}`, ...rest })),
      fc
        .record({ token: guess, pdf: fc.boolean() })
        .map(({ token: text, pdf }): Attempt => ({ method: "GET", target: `/r/${text}${pdf ? "/pdf" : ""}` })),
    );
    await fc.assert(fc.asyncProperty(attempt, answersSafely), { numRuns: runs, seed: 20261203 });
  }, 120_000);

  it("draws from the whole router", () => {
    expect(procedures.map((p) => `${p.type} ${p.path}`).sort()).toEqual([
      "mutation accounts.create",
      "mutation accounts.resetPassword",
      "mutation accounts.unlock",
      "mutation accounts.update",
      "mutation auth.changePassword",
      "mutation auth.login",
      "mutation auth.logout",
      "mutation auth.logoutEverywhere",
      "mutation commands.create",
      "mutation ingest",
      "mutation kiosks.create",
      "mutation kiosks.newEnrollCode",
      "mutation kiosks.revoke",
      "mutation kiosks.rotate",
      "query accounts.actions",
      "query accounts.list",
      "query auth.me",
      "query commands.get",
      "query commands.list",
      "query fleet.audit",
      "query fleet.deadDeliveries",
      "query fleet.kiosks",
      "query fleet.payment",
      "query fleet.payments",
      "query fleet.refundQueue",
      "query health",
      "query kiosks.list",
    ]);
  });
});

const postIngest = (events: unknown[]) =>
  send({
    method: "POST",
    target: "/api/ingest",
    body: JSON.stringify({ kioskId: "kiosk-1", events }),
    contentType: "application/json",
    token: kioskToken,
  });
const operatorQuery = (path: string, input: unknown) =>
  send({
    method: "GET",
    target: `/trpc/${path}?${inputQuery(trpcInput(JSON.stringify(input)), false)}`,
    token: operatorToken,
  });
const session = (eventId: string, details: Record<string, unknown>, entityId = "ses_exact") => ({
  eventId,
  event: "session.created",
  entityType: "session",
  entityId,
  at: 1_700_000_000_000,
  payload: { details, snapshot: null },
});

describe("exact answers to poison", () => {
  it("stores the valid events of [valid, NUL in details, valid] and refuses the middle one, naming the field", async () => {
    const answer = await postIngest([
      session("evt_exact_1", { reason: "ok" }),
      session("evt_exact_2", { reason: "device\u0000error" }),
      session("evt_exact_3", { reason: "ok" }),
    ]);
    expect(answer.status).toBe(200);
    const parsed = JSON.parse(answer.text) as { accepted: number; refused: Array<{ index: number; field: string }> };
    expect(parsed.accepted).toBe(2);
    expect(parsed.refused.map((r) => r.index)).toEqual([1]);
    expect(parsed.refused[0]?.field).toMatch(/^payload\.details/);
  });

  it("answers 400 to fleet.payments from 9e15 and to fleet.audit for entityId NUL", async () => {
    expect((await operatorQuery("fleet.payments", { from: 9e15 })).status).toBe(400);
    expect((await operatorQuery("fleet.audit", { entityId: "\u0000" })).status).toBe(400);
  });

  it.each([
    ["accounts.actions", "query", { action: "a\u0000" }],
    ["accounts.actions", "query", { kioskId: "k\u0000" }],
    ["accounts.actions", "query", { operatorId: "\u0000" }],
    ["accounts.actions", "query", { from: -8.64e15 }],
    ["accounts.actions", "query", { to: 9e15 }],
    ["accounts.unlock", "mutation", { id: "x\u0000" }],
    ["accounts.update", "mutation", { id: "x\u0000", disabled: true }],
    ["accounts.resetPassword", "mutation", { id: "x\u0000", password: "новый пароль для фаззинга" }],
    ["accounts.create", "mutation", { email: "a\u0000@example.ru", role: "viewer", password: fuzzPassword }],
    ["accounts.create", "mutation", { email: "z@example.ru", role: "viewer", password: "пароль\ud800 длинный" }],
    ["auth.changePassword", "mutation", { current: "\u0000", next: "новый пароль для фаззинга" }],
  ])("answers 400 to %s (a %s) with %j, signed in as an admin", async (path, kind, input) => {
    expect((await admin.call(kind as "query" | "mutation", path, { input })).status).toBe(400);
  });

  it("answers auth.login with a NUL, a lone surrogate or a megabyte in the email or password below 500", async () => {
    const login = (input: unknown) =>
      send({
        method: "POST",
        target: "/trpc/auth.login",
        body: trpcInput(JSON.stringify(input)),
        contentType: "application/json",
      });
    for (const input of [
      { email: "fuzz.target@example.ru\u0000", password: fuzzPassword },
      { email: "fuzz.target@example.ru", password: `${fuzzPassword}\u0000` },
      { email: "\ud800@example.ru", password: fuzzPassword },
      { email: "fuzz.target@example.ru", password: `${fuzzPassword}\udfff` },
    ]) {
      expect((await login(input)).status, JSON.stringify(input)).toBe(400);
    }
    const huge = "я".repeat(512 * 1024);
    for (const input of [
      { email: `${huge}@example.ru`, password: fuzzPassword },
      { email: "fuzz.target@example.ru", password: huge },
    ]) {
      expect([400, 413]).toContain((await login(input)).status);
    }
  });

  it.each(["payload.details.__proto__", "payload.details.a.__proto__", "payload.__proto__", "__proto__"])(
    "refuses an event with a %s key, never drops the key and stores the rest",
    async (path) => {
      const eventId = `evt_proto_${path.replaceAll(/[^a-z]/g, "")}`;
      const answer = await postIngest([poisoned(session(eventId, { reason: "ok" }), path.split("."), { x: 1 })]);
      const parsed =
        answer.status === 200 ? (JSON.parse(answer.text) as { accepted: number; refused: unknown[] }) : null;
      expect(answer.status === 400 || (parsed?.accepted === 0 && parsed.refused.length === 1), answer.text).toBe(true);
      const stored = await operatorQuery("fleet.audit", { entityId: "ses_exact", limit: 500 });
      expect(stored.text).not.toContain(eventId);
    },
  );

  it.each([
    ["a BigInt inside its details", "payload.details.n", "bigint"],
    ["a Date for its details", "payload.details", "Date"],
  ])("refuses alone an event that superjson gives %s, and stores the rest", async (_, path, type) => {
    const events = [session("evt_typed_1", { n: "1" }), session("evt_typed_2", { n: "1" })];
    const answer = await send({
      method: "POST",
      target: "/trpc/ingest",
      body: trpcInput(JSON.stringify({ kioskId: "kiosk-1", events }), { values: { [`events.0.${path}`]: [type] } }),
      contentType: "application/json",
      token: kioskToken,
    });
    expect(answer.status, answer.text).toBe(200);
    const parsed = JSON.parse(answer.text) as { result: { data: { json: { accepted: number; refused: unknown[] } } } };
    expect(parsed.result.data.json).toMatchObject({ refused: [{ index: 0, eventId: "evt_typed_1" }] });
  });

  it.each(["constructor", "prototype"])(
    "keeps the operator's views readable after an event with a %s key: refused, or read back",
    async (key) => {
      const eventId = `evt_key_${key}`;
      const event = poisoned(session(eventId, { reason: "ok" }, `ses_${key}`), ["payload", "details", key], { a: 1 });
      const answer = await postIngest([event]);
      expect(answer.status).toBe(200);
      const stored = (JSON.parse(answer.text) as { accepted: number }).accepted === 1;
      const audit = await operatorQuery("fleet.audit", { entityId: `ses_${key}` });
      expect([audit.status, stored && audit.text.includes(eventId)], audit.text).toEqual([200, stored]);
    },
  );
});
