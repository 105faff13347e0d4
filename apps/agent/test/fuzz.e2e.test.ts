import { appRouter } from "@kiosk/api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken, startTestAgent, type TestAgent } from "./harness";

/**
 * Hostile input against every REST operation in /openapi.json and every tRPC
 * procedure: wrong types, huge and unicode strings, prototype keys, deep
 * nesting, broken percent-encoding, wrong content types, bodies over the limit.
 * Whatever comes in, the agent answers within 5 s and never with a 5xx.
 * FUZZ_RUNS raises the number of cases (CI runs the default few thousand).
 */
const runs = Number(process.env.FUZZ_RUNS ?? "1500");
const hangMs = 5_000;

let env: TestAgent;
let operations: Array<{ method: string; path: string }>;
beforeAll(async () => {
  // Limits high, so hostile input reaches the code behind them instead of a 429.
  env = await startTestAgent(
    {},
    {
      payments: { dev: { manualMode: true }, rateLimitPerMinute: 1_000_000, webhookRefusalsPerMinute: 1_000_000 },
      reports: { rateLimitPerMinute: 1_000_000 },
    },
  );
  const doc = (await (await fetch(`${env.url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => env.stop());

/** Every procedure of the router, flattened to its dotted path, with its type (query, mutation, subscription). */
const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => ({
  path,
  type: (procedure as unknown as { _def: { type: string } })._def.type,
}));

const brokenEscapes = fc.constantFrom("%", "%ZZ", "%E0%A4%A", "%00", "%C0%AF", "%%", "%2", "%uD800", "..%2F..%2F");
const prototypeKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty");
const hugeString = fc.integer({ min: 1_000, max: 40_000 }).map((n) => "я".repeat(n));
const unicode = fc.string({ unit: "binary", maxLength: 64 });
const nastyString = fc.oneof(unicode, hugeString, brokenEscapes, prototypeKeys, fc.constant(""), fc.constant("\u0000"));

const leaf = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e308),
);
/** JSON values that lean toward what breaks parsers: prototype keys, wrong types, the field names we use. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        prototypeKeys,
        fc.constantFrom("id", "type", "contact", "email", "phone", "amount", "sessionId", "metadata", "json", "input"),
        unicode,
      ),
      tie("value"),
      { maxKeys: 5 },
    ),
  ),
})).value;
/** Nesting far past any recursion limit, written out as text (no JavaScript value that deep can be stringified). */
const deepText = fc
  .tuple(fc.constantFrom(50, 500, 5_000, 15_000, 30_000), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth));

const body = fc.oneof(
  { arbitrary: hostileJson.map((value) => JSON.stringify(value) ?? "null"), weight: 4 },
  { arbitrary: deepText, weight: 2 },
  {
    arbitrary: fc.integer({ min: 65_000, max: 200_000 }).map((n) => JSON.stringify({ pad: "x".repeat(n) })),
    weight: 1,
  },
  { arbitrary: unicode, weight: 1 },
  { arbitrary: fc.constantFrom("", "{not json", "null", "[]"), weight: 1 },
);
const contentType = fc.oneof(
  { arbitrary: fc.constant("application/json"), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      undefined,
    ),
    weight: 2,
  },
);
const pathSegment = fc.oneof(
  nastyString.map((s) => encodeURIComponent(s)),
  brokenEscapes,
  fc.constant("ses_x"),
);
const token = fc.constantFrom<string | undefined>(undefined, operatorToken, "wrong-token-0123456789");

interface Attempt {
  method: string;
  target: string;
  body?: string | undefined;
  contentType?: string | undefined;
  token?: string | undefined;
}

/** Sends one hostile request; returns its status, or throws when nothing came back within 5 s. */
async function send(attempt: Attempt): Promise<number> {
  const headers: Record<string, string> = {};
  if (attempt.contentType) headers["content-type"] = attempt.contentType;
  if (attempt.token) headers.authorization = `Bearer ${attempt.token}`;
  const withBody = attempt.method !== "GET" && attempt.method !== "HEAD";
  const response = await fetch(`${env.url}${attempt.target}`, {
    method: attempt.method,
    headers,
    ...(withBody && attempt.body !== undefined ? { body: attempt.body } : {}),
    signal: AbortSignal.timeout(hangMs),
  }).catch((error: unknown) => {
    if (error instanceof Error && error.name === "TimeoutError") throw new Error(`no answer in ${hangMs} ms`);
    // The agent may close the connection on a body over the limit: that is an answer.
    // Any other reset (a crash, a 500 cut short) is a failure, never a pass.
    const bytes = withBody && attempt.body !== undefined ? Buffer.byteLength(attempt.body) : 0;
    if (bytes > env.inner.config.server.bodyLimitBytes) return null;
    throw new Error(`connection lost for a ${bytes}-byte body within the limit: ${String(error)}`);
  });
  if (!response) return 413;
  // A live subscription streams by design: its headers are the answer.
  if (response.headers.get("content-type")?.includes("text/event-stream")) await response.body?.cancel();
  else await response.arrayBuffer();
  return response.status;
}

const refused = (status: number, attempt: Attempt) => {
  if (status >= 500)
    throw new Error(`${status} for ${JSON.stringify({ ...attempt, body: attempt.body?.slice(0, 200) })}`);
  return true;
};

describe("fuzzing the HTTP surface", () => {
  it("answers every REST operation of /openapi.json with hostile input below 500, within 5 s", async () => {
    const restAttempt = fc
      .record({
        operation: fc.constantFrom(...operations),
        segments: fc.array(pathSegment, { minLength: 1, maxLength: 2 }),
        query: fc.dictionary(fc.constantFrom("type", "status", "limit", "cursor", "from", "to", "event"), nastyString, {
          maxKeys: 3,
        }),
        body,
        contentType,
        token,
      })
      .map(({ operation, segments, query, body: raw, contentType: type, token: bearer }): Attempt => {
        let filled = operation.path;
        for (const segment of segments) filled = filled.replace(/\{[^}]+\}/, segment);
        const search = new URLSearchParams(query).toString();
        return {
          method: operation.method,
          target: `${filled}${search ? `?${search}` : ""}`,
          body: raw,
          contentType: type,
          token: bearer,
        };
      });
    await fc.assert(
      fc.asyncProperty(restAttempt, async (attempt) => refused(await send(attempt), attempt)),
      { numRuns: runs, seed: 20261128 },
    );
  }, 600_000);

  it("answers every tRPC procedure, single and batched, with hostile input below 500, within 5 s", async () => {
    const trpcAttempt = fc
      .record({
        picks: fc.array(fc.constantFrom(...procedures), { minLength: 1, maxLength: 3 }),
        input: fc.oneof(
          hostileJson.map((value) => JSON.stringify({ json: value }) ?? "null"),
          hostileJson.map((value) => JSON.stringify(value) ?? "null"),
          deepText,
          body,
        ),
        batch: fc.boolean(),
        asGet: fc.boolean(),
        contentType,
        token,
      })
      .map(({ picks, input, batch, asGet, contentType: type, token: bearer }): Attempt => {
        const path = picks.map((p) => p.path).join(",");
        const method = asGet || picks.every((p) => p.type !== "mutation") ? "GET" : "POST";
        const batchInput = batch ? `{${picks.map((_, i) => `"${i}":${input}`).join(",")}}` : input;
        const query = new URLSearchParams({ ...(batch ? { batch: "1" } : {}), input: batchInput.slice(0, 8_000) });
        return method === "GET"
          ? { method, target: `/trpc/${path}?${query.toString()}`, token: bearer }
          : {
              method,
              target: `/trpc/${path}${batch ? "?batch=1" : ""}`,
              body: batchInput,
              contentType: type,
              token: bearer,
            };
      });
    await fc.assert(
      fc.asyncProperty(trpcAttempt, async (attempt) => refused(await send(attempt), attempt)),
      { numRuns: runs, seed: 20261129 },
    );
  }, 600_000);

  it("draws from the whole surface: the seed's REST paths and every router's procedures", () => {
    const seedPaths = [
      "POST /api/sessions",
      "GET /api/sessions/{id}",
      "PATCH /api/sessions/{id}",
      "POST /api/sessions/{id}/complete",
      "GET /api/sessions",
      "POST /api/payments/intent",
      "GET /api/payments/status/{id}",
      "GET /api/payments/intent/{id}",
      "POST /api/payments/confirm/{id}",
      "POST /api/payments/webhook",
      "POST /api/reports/diagnostics",
      "POST /api/reports/thickness",
      "GET /api/reports/{id}",
      "GET /api/reports/session/{sessionId}",
    ];
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(expect.arrayContaining(seedPaths));
    const routers = new Set(procedures.map((p) => p.path.split(".")[0]));
    expect([...routers].sort()).toEqual([
      "audit",
      "catalog",
      "devices",
      "fleet",
      "payments",
      "reports",
      "sessions",
      "system",
    ]);
  });
});
