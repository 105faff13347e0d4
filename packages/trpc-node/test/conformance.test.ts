import { request as httpRequest } from "node:http";
import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  TRPCClientError,
} from "@trpc/client";
import { EventSource } from "eventsource";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestRouter } from "./router";
import { serve, type Served, type ServerSettings } from "./servers";

/**
 * One suite, two adapters: every case goes to tRPC's stock standalone adapter and
 * to @kiosk/trpc-node, and the answers must be the same (status, the headers that
 * carry meaning, the body, what onError saw). Cases follow tRPC's own adapter,
 * batching, method-override, headers, responseMeta, 413 and SSE tests.
 */
interface Raw {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}

const meaningfulHeaders = ["content-type", "vary", "allow", "x-paths", "cache-control", "transfer-encoding-is-sse"];

function send(base: string, raw: Raw): Promise<Answer> {
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

const json = { "content-type": "application/json" };
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const cases: Array<[string, Raw]> = [
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
  ["the base path itself", { path: "/trpc/" }],
  ["a trailing slash", { path: "/trpc/hello/" }],
];

/** SSE pings and timing differ between runs; compare the events only. */
function comparable(answer: Answer): Answer {
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

function suite(settings: ServerSettings, extra: Array<[string, Raw]> = []) {
  let stock: Served;
  let ours: Served;
  beforeAll(async () => {
    stock = await serve("stock", settings);
    ours = await serve("trpc-node", settings);
  });
  afterAll(async () => {
    await stock.close();
    await ours.close();
  });

  it.each([...cases, ...extra])("%s", async (_name, raw) => {
    stock.observed.errors.length = 0;
    ours.observed.errors.length = 0;
    const expected = comparable(await send(stock.url, raw));
    const actual = comparable(await send(ours.url, raw));
    expect(actual).toEqual(expected);
    expect(ours.observed.errors).toEqual(stock.observed.errors);
  });
}

describe("conformance with the stock adapter: plain JSON", () => {
  suite({});
});

describe("conformance with the stock adapter: superjson", () => {
  const dates = superjson.serialize(new Date(Date.UTC(2026, 10, 28)));
  suite({ transformer: true }, [
    ["a superjson date in and a Set out", { path: `/trpc/date?input=${input(dates)}` }],
    ["a superjson batch", { path: `/trpc/date,date?batch=1&input=${input({ 0: dates })}` }],
    [
      "a superjson mutation",
      { method: "POST", path: "/trpc/echo", headers: json, body: JSON.stringify(superjson.serialize("x")) },
    ],
  ]);
});

describe("conformance with the stock adapter: method override on", () => {
  suite({ allowMethodOverride: true }, [
    ["a query as POST", { method: "POST", path: "/trpc/hello", headers: json, body: '{"who":"p"}' }],
    [
      "a batch of a query and a mutation as POST",
      { method: "POST", path: "/trpc/hello,echo?batch=1", headers: json, body: '{"1":"m"}' },
    ],
  ]);
});

describe("conformance with the stock adapter: batching off", () => {
  suite({ allowBatching: false });
});

describe("the fast path", () => {
  let ours: Served;
  beforeAll(async () => {
    ours = await serve("trpc-node");
  });
  afterAll(() => ours.close());

  it("answers plain JSON with a content-length, not chunked through web streams", async () => {
    for (const raw of [
      { path: `/trpc/hello?input=${input({ who: "a" })}` },
      { path: `/trpc/hello,conflict?batch=1&input=${input({})}` },
      { method: "POST", path: "/trpc/echo", headers: json, body: '"x"' },
    ]) {
      const length = await new Promise<string | undefined>((resolve, reject) => {
        const req = httpRequest(
          `${ours.url}${raw.path}`,
          { method: raw.method ?? "GET", headers: raw.headers ?? {} },
          (res) => {
            res.resume();
            resolve(res.headers["content-length"]);
          },
        );
        req.on("error", reject);
        req.end(raw.body);
      });
      expect(Number(length)).toBeGreaterThan(0);
    }
  });
});

describe.each(["stock", "trpc-node"] as const)("a real @trpc/client against the %s adapter", (name) => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(name, { transformer: true });
  });
  afterAll(() => served.close());

  const client = (link: "http" | "batch" | "stream") =>
    createTRPCClient<TestRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: `${served.url}/trpc`, transformer: superjson, EventSource }),
          false: (link === "http" ? httpLink : link === "batch" ? httpBatchLink : httpBatchStreamLink)({
            url: `${served.url}/trpc`,
            transformer: superjson,
          }),
        }),
      ],
    });

  it.each(["http", "batch", "stream"] as const)("queries, mutates and reads errors over the %s link", async (link) => {
    const api = client(link);
    const [hello, date, echo] = await Promise.all([
      api.hello.query({ who: "a" }),
      api.date.query(new Date(Date.UTC(2026, 10, 28))),
      api.echo.mutate("b"),
    ]);
    expect(hello).toBe("hello a");
    expect(date.at).toEqual(new Date(Date.UTC(2026, 10, 28)));
    expect(date.set).toEqual(new Set([1]));
    expect(echo).toBe("hello b");
    const error = await api.conflict.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<TestRouter>).data?.code).toBe("CONFLICT");
    expect((error as TRPCClientError<TestRouter>).message).toBe("already done");
  });

  it("streams a generator over httpBatchStreamLink", async () => {
    const chunks: number[] = [];
    for await (const value of await client("stream").streamQuery.query()) chunks.push(value);
    expect(chunks).toEqual([0, 1, 2]);
  });

  it("subscribes over SSE and resumes from a lastEventId", async () => {
    const received = (lastEventId?: string) =>
      new Promise<number[]>((resolve, reject) => {
        const values: number[] = [];
        const subscription = client("http").numbers.subscribe(lastEventId ? { lastEventId } : undefined, {
          onData: ({ data }) => {
            values.push(data);
            if (data === 3) {
              subscription.unsubscribe();
              resolve(values);
            }
          },
          onError: reject,
        });
      });
    expect(await received()).toEqual([1, 2, 3]);
    expect(await received("1")).toEqual([2, 3]);
  });

  it("aborts the procedure when the client gives up", async () => {
    const controller = new AbortController();
    const call = client("http").slow.query(`abort-${name}`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(call).rejects.toThrow();
    await expect.poll(() => served.observed.aborted, { timeout: 2_000 }).toContain(`abort-${name}`);
  });
});
