import { request as httpRequest } from "node:http";
import superjson from "superjson";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Served, ServerSettings } from "./servers";

/**
 * The conformance cases: raw HTTP requests, each sent to two servers whose answers
 * must be the same (status, the headers that carry meaning, the body). They follow
 * tRPC's own adapter, batching, method-override, headers, responseMeta, 413 and SSE tests.
 */
export interface Raw {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

const meaningfulHeaders = ["content-type", "vary", "allow", "x-paths", "cache-control", "transfer-encoding-is-sse"];

export function send(base: string, raw: Raw): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${raw.path}`,
      { method: raw.method ?? "GET", headers: raw.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : "";
          } catch {
            // JSONL and SSE stay text.
          }
          const headers = Object.fromEntries(
            meaningfulHeaders.map((name) => [name, res.headers[name] as string | undefined]),
          );
          resolve({ status: res.statusCode ?? 0, headers, body });
        });
      },
    );
    req.on("error", reject);
    req.end(raw.body);
  });
}

export const json = { "content-type": "application/json" };
export const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

export const cases: Array<[string, Raw]> = [
  ["a query with input", { path: `/trpc/hello?input=${input({ who: "a" })}` }],
  ["a query without input", { path: "/trpc/hello" }],
  ["a query whose input is not JSON", { path: "/trpc/hello?input=%7Bbad" }],
  ["a query whose input fails validation", { path: `/trpc/hello?input=${input({ who: 1 })}` }],
  ["a mutation", { method: "POST", path: "/trpc/echo", headers: json, body: '"x"' }],
  ["a mutation without a body", { method: "POST", path: "/trpc/mut", headers: json }],
  ["a mutation with an empty JSON body", { method: "POST", path: "/trpc/mut", headers: json, body: "" }],
  [
    "a query sent as POST (no method override): 405",
    { method: "POST", path: "/trpc/hello", headers: json, body: "{}" },
  ],
  ["a mutation sent as GET: 405", { path: "/trpc/mut" }],
  ["an unknown procedure: 404", { path: "/trpc/nope" }],
  ["an unknown nested procedure: 404", { path: "/trpc/hello.deeper" }],
  ["a thrown TRPCError: 500 with its message", { path: "/trpc/exampleError" }],
  ["a TRPCError with a code: 409", { path: "/trpc/conflict" }],
  ["an unknown error: 500", { path: "/trpc/unknownError" }],
  ["a batch of queries", { path: `/trpc/hello,hello?batch=1&input=${input({ 0: { who: "a" }, 1: { who: "b" } })}` }],
  ["a batch with an error: 207", { path: `/trpc/hello,conflict?batch=1&input=${input({})}` }],
  ["a batch with an unknown path", { path: `/trpc/hello,nope?batch=1&input=${input({})}` }],
  ["a batch of only errors", { path: `/trpc/conflict,conflict?batch=1` }],
  [
    "a batch of mutations",
    { method: "POST", path: "/trpc/echo,echo?batch=1", headers: json, body: '{"0":"a","1":"b"}' },
  ],
  ["a batch mixing queries and mutations: 400", { path: `/trpc/hello,mut?batch=1&input=${input({})}` }],
  ["a batch over maxBatchSize: 400", { path: `/trpc/hello,hello,hello,hello,hello,hello?batch=1` }],
  ["a batch whose input is not an object: 400", { path: `/trpc/hello?batch=1&input=${input([1])}` }],
  ["a batch of one", { path: `/trpc/who?batch=1&input=${input({})}` }],
  [
    "a body over maxBodySize: 413",
    { method: "POST", path: "/trpc/echo", headers: json, body: JSON.stringify("x".repeat(2_000)) },
  ],
  [
    "a batch body over maxBodySize: 413",
    { method: "POST", path: "/trpc/echo,echo?batch=1", headers: json, body: JSON.stringify({ 0: "x".repeat(2_000) }) },
  ],
  ["createContext throws: 401", { path: "/trpc/who", headers: { "x-user": "fail" } }],
  [
    "createContext throws in a batch",
    { path: `/trpc/who,hello?batch=1&input=${input({})}`, headers: { "x-user": "fail" } },
  ],
  ["context reaches the procedure", { path: "/trpc/who", headers: { "x-user": "anna" } }],
  ["a stream-like result in a plain query: 415", { path: "/trpc/streamQuery" }],
  ["a stream-like result in a plain batch", { path: `/trpc/streamQuery,hello?batch=1&input=${input({})}` }],
  [
    "a mutation that is not JSON: 415",
    { method: "POST", path: "/trpc/mut", headers: { "content-type": "text/plain" }, body: "x" },
  ],
  ["a mutation with no content type: 415", { method: "POST", path: "/trpc/mut", body: "x" }],
  ["a GET with a JSON content type", { path: "/trpc/hello", headers: json }],
  ["HEAD: 204", { method: "HEAD", path: "/trpc/hello" }],
  ["PUT", { method: "PUT", path: "/trpc/mut", headers: json, body: "{}" }],
  ["invalid connection params", { path: "/trpc/hello?connectionParams=%7Bbad" }],
  ["connection params that are not strings", { path: `/trpc/hello?connectionParams=${input({ a: 1 })}` }],
  ["a malformed escape in the path: 400", { path: "/trpc/hel%E0lo" }],
  ["an escaped path", { path: "/trpc/hel%6Co" }],
  ["a path with dot segments", { path: "/trpc/../trpc/hello" }],
  ["a faux Host header", { path: "/trpc/hello", headers: { host: "hotmail-com.olc.protection.outlook.com%3A25" } }],
  [
    "a JSONL batch (httpBatchStreamLink)",
    { path: `/trpc/hello,streamQuery?batch=1&input=${input({})}`, headers: { "trpc-accept": "application/jsonl" } },
  ],
  [
    "a JSONL request that is not a batch: 400",
    { path: "/trpc/hello", headers: { "trpc-accept": "application/jsonl" } },
  ],
  ["a subscription over SSE", { path: "/trpc/numbers" }],
  ["a subscription resumed with Last-Event-ID", { path: "/trpc/numbers", headers: { "last-event-id": "2" } }],
  ["a subscription in a batch: 400", { path: `/trpc/numbers,numbers?batch=1` }],
  ["a subscription sent as POST: 405", { method: "POST", path: "/trpc/numbers", headers: json, body: "{}" }],
  ["middlewares that extend the context, and an output parser", { path: `/trpc/tiered?input=${input({ n: 1 })}` }],
  ["the same with a user", { path: `/trpc/tiered?input=${input({ n: 2 })}`, headers: { "x-user": "anna" } }],
  ["the same with bad input", { path: `/trpc/tiered?input=${input({ n: "x" })}` }],
  ["an output that fails its parser: 500", { path: "/trpc/badOutput" }],
  ["a middleware that refuses: 403", { path: "/trpc/refusedByMiddleware" }],
  [
    "a batch through the middlewares",
    { path: `/trpc/tiered,tiered?batch=1&input=${input({ 0: { n: 1 }, 1: { n: 2 } })}` },
  ],
  ["the base path itself", { path: "/trpc/" }],
  ["a trailing slash", { path: "/trpc/hello/" }],
];

/** SSE pings and timing differ between runs; compare the events only. */
export function comparable(answer: Answer): Answer {
  if (typeof answer.body === "string" && answer.headers["content-type"] === "text/event-stream") {
    return {
      ...answer,
      body: answer.body
        .split("\n")
        .filter((line) => !line.startsWith(":"))
        .join("\n"),
    };
  }
  return answer;
}

/** The server settings the cases run under, each with the cases only it has. */
export const settingsCases: Array<[string, ServerSettings, Array<[string, Raw]>]> = [
  ["plain JSON", {}, []],
  [
    "superjson",
    { transformer: true },
    [
      ["a superjson date in and a Set out", { path: `/trpc/date?input=${input(dates())}` }],
      ["a superjson batch", { path: `/trpc/date,date?batch=1&input=${input({ 0: dates() })}` }],
      [
        "a superjson mutation",
        { method: "POST", path: "/trpc/echo", headers: json, body: JSON.stringify(superjson.serialize("x")) },
      ],
    ],
  ],
  [
    "method override on",
    { allowMethodOverride: true },
    [
      ["a query as POST", { method: "POST", path: "/trpc/hello", headers: json, body: '{"who":"p"}' }],
      [
        "a batch of a query and a mutation as POST",
        { method: "POST", path: "/trpc/hello,echo?batch=1", headers: json, body: '{"1":"m"}' },
      ],
    ],
  ],
  ["batching off", { allowBatching: false }, []],
];

function dates() {
  return superjson.serialize(new Date(Date.UTC(2026, 10, 28)));
}

/** Every case to `expected` and to `actual` (started once for the block): the same answers, the same onError calls. */
export function sameAnswers(start: () => Promise<{ expected: Served; actual: Served }>, extra: Array<[string, Raw]>) {
  let servers: { expected: Served; actual: Served };
  beforeAll(async () => {
    servers = await start();
  });
  afterAll(async () => {
    await servers.expected.close();
    await servers.actual.close();
  });

  it.each([...cases, ...extra])("%s", async (_name, raw) => {
    const { expected, actual } = servers;
    expected.observed.errors.length = 0;
    actual.observed.errors.length = 0;
    const want = comparable(await send(expected.url, raw));
    expect(comparable(await send(actual.url, raw))).toEqual(want);
    expect(actual.observed.errors).toEqual(expected.observed.errors);
  });
}
