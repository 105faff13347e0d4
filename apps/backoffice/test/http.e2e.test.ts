import { request } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import {
  fleetAuditSearch,
  ingestRest,
  ingestTrpc,
  kioskToken,
  memoryLogger,
  operatorToken,
  pinoLevel,
  testEnv,
} from "./calls";
import { testPostgres } from "./postgres";

/**
 * The backoffice's HTTP boundary: what a failure may say (nothing internal),
 * what it logs (one line per 5xx, under the request id), and what it reads
 * from a caller it does not know yet (nothing).
 */
let db: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice;
const { logger, lines } = memoryLogger();

beforeAll(async () => {
  db = await testPostgres();
  const config = parseBackofficeConfig({ ...testEnv, PORT: "0", DATABASE_URL: db.url });
  backoffice = await startBackoffice(config, { logger });
}, 60_000);
afterAll(async () => {
  await backoffice.stop();
  db.remove();
});

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(text);
  await client.end();
}

/**
 * Sends a POST's headers and the first 64 KiB of a body it never finishes: an
 * answer proves the server decided without waiting for (or holding) the rest.
 */
function unfinishedPost(path: string, headers: Record<string, string>, declaredBytes: number) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request(
      `${backoffice.url}${path}`,
      { method: "POST", headers: { "content-type": "application/json", ...headers, "content-length": declaredBytes } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        });
      },
    );
    req.on("error", reject);
    req.write(Buffer.alloc(64 * 1024, " "));
  });
}

const tenMegabytes = 10 * 1024 * 1024;
const withContact = {
  kioskId: "kiosk-1",
  events: [
    {
      eventId: "evt_contact",
      event: "session.created",
      entityType: "session",
      entityId: "ses_contact",
      at: 1_000,
      payload: { details: { email: "client@example.com" }, snapshot: null },
    },
  ],
};

describe("a failure inside the backoffice", () => {
  it("answers a generic 500 with no SQL, parameters or stack, and logs it once under the request id", async () => {
    const before = lines.length;
    await sql("alter table fleet_events rename to fleet_events_away");
    try {
      const rest = await ingestRest(backoffice.url, { "x-request-id": "req-rest" }, withContact);
      const trpc = await ingestTrpc(backoffice.url, { "x-request-id": "req-trpc" }, withContact);
      const operator = await fleetAuditSearch(backoffice.url, { "x-request-id": "req-operator" });

      expect(rest.status).toBe(500);
      expect(JSON.parse(rest.text)).toEqual({
        error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" },
      });
      for (const answer of [trpc, operator]) {
        expect([answer.status, answer.code]).toEqual([500, "INTERNAL_SERVER_ERROR"]);
        expect(JSON.parse(answer.text)).toMatchObject({ error: { json: { message: "Internal server error" } } });
      }
      for (const answer of [rest, trpc, operator]) {
        expect(answer.text).not.toMatch(/select|insert|params|fleet_events|client@example|stack|\.ts:/i);
      }
      expect([rest, trpc, operator].map((a) => a.headers.get("x-request-id"))).toEqual([
        "req-rest",
        "req-trpc",
        "req-operator",
      ]);
      const logged = lines.slice(before).filter((l) => l.level >= pinoLevel.warn);
      expect(logged.map((l) => [l.level, l.requestId, l.status])).toEqual([
        [pinoLevel.error, "req-rest", 500],
        [pinoLevel.error, "req-trpc", 500],
        [pinoLevel.error, "req-operator", 500],
      ]);
    } finally {
      await sql("alter table fleet_events_away rename to fleet_events");
    }
  });

  it("answers a malformed superjson annotation 400 'Invalid input', never the parser's own message", async () => {
    const response = await fetch(`${backoffice.url}/trpc/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
      body: JSON.stringify({ json: { kioskId: "kiosk-1", events: [] }, meta: { values: { kioskId: "bigint" } } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe("Invalid input");
  });

  it("answers every request with an x-request-id: the caller's when it is sane, else a fresh one", async () => {
    const given = await fetch(`${backoffice.url}/healthz`, { headers: { "x-request-id": "lb-1.2:3_x" } });
    expect(given.headers.get("x-request-id")).toBe("lb-1.2:3_x");
    for (const header of ["a b", "x".repeat(129), "<script>"]) {
      const replaced = await fetch(`${backoffice.url}/nowhere`, { headers: { "x-request-id": header } });
      expect(replaced.status).toBe(404);
      expect(replaced.headers.get("x-request-id")).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
  });
});

describe("POST /api/ingest from a caller not yet known", () => {
  it("answers 401 without a bearer token before reading the body", async () => {
    expect(await unfinishedPost("/api/ingest", {}, tenMegabytes)).toEqual({
      status: 401,
      body: { error: { code: "UNAUTHORIZED", message: "a kiosk token is required" } },
    });
  });

  it("answers 403 to a token that is no kiosk's before reading the body", async () => {
    for (const token of ["not-a-kiosk-token-at-all", operatorToken]) {
      expect(await unfinishedPost("/api/ingest", { authorization: `Bearer ${token}` }, tenMegabytes)).toEqual({
        status: 403,
        body: { error: { code: "FORBIDDEN", message: "not a kiosk token" } },
      });
    }
  });

  it("answers 415 to a body that is not JSON, and 413 to one over 16 MiB, from a kiosk", async () => {
    const plain = await ingestRest(backoffice.url, { "content-type": "text/plain" });
    expect([plain.status, plain.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    const huge = await unfinishedPost("/api/ingest", { authorization: `Bearer ${kioskToken}` }, 17 * 1024 * 1024);
    expect(huge).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    // Chunked, with no length declared: refused as the bytes pass 16 MiB, the answer still delivered.
    const chunked = await new Promise<number>((resolve, reject) => {
      const headers = { "content-type": "application/json", authorization: `Bearer ${kioskToken}` };
      const req = request(`${backoffice.url}/api/ingest`, { method: "POST", headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      for (let i = 0; i < 17; i++) req.write(Buffer.alloc(1024 * 1024, " "));
      req.end();
    });
    expect(chunked).toBe(413);
  });
});

describe("/trpc from a caller not yet known", () => {
  it("answers an anonymous 10 MB POST without reading it, and takes a kiosk's megabyte", async () => {
    // Procedures check the token before their input is read; past that, a caller with no
    // known token is held to 64 KiB, so a public procedure with input could not be used either.
    const anonymous = await unfinishedPost("/trpc/ingest", {}, tenMegabytes);
    expect(anonymous).toMatchObject({ status: 401, body: { error: { json: { data: { code: "UNAUTHORIZED" } } } } });
    const padded = JSON.stringify({ json: { kioskId: "kiosk-1", events: [] } }) + " ".repeat(1024 * 1024);
    const kiosk = await fetch(`${backoffice.url}/trpc/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
      body: padded,
    });
    expect(kiosk.status).toBe(200);
  });
});
