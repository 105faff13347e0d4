import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { input, json } from "./cases";
import { serve, type Served } from "./servers";

/**
 * What @kiosk/trpc-node assumes of tRPC, each held by a test that fails when an
 * upgrade breaks it: it imports only tRPC's public entry points; resolveResponse
 * marks a stream by its headers (text/event-stream, transfer-encoding), so one
 * written as it comes stays so; any other answer is complete and is written once.
 */
describe("what @kiosk/trpc-node takes from @trpc/server", () => {
  const sources = readdirSync(new URL("../src", import.meta.url)).map((name) =>
    readFileSync(new URL(`../src/${name}`, import.meta.url), "utf8"),
  );

  it("imports only tRPC's public entry points", () => {
    const imported = sources.flatMap((text) => [...text.matchAll(/from "(@trpc\/[^"]+)"/g)].map((found) => found[1]));
    expect(new Set(imported)).toEqual(
      new Set(["@trpc/server", "@trpc/server/http", "@trpc/server/adapters/node-http"]),
    );
  });

  it("reads no private member of a router, a procedure or the adapters", () => {
    for (const text of sources) expect(text).not.toMatch(/_def\b|\._config|internal_|unstable-core/);
  });
});

describe("how @kiosk/trpc-node writes answers", () => {
  let ours: Served;
  beforeAll(async () => {
    ours = await serve("trpc-node");
  });
  afterAll(() => ours.close());

  it("writes a complete answer in one piece, with a content-length", async () => {
    for (const path of [
      `/trpc/hello?input=${input({ who: "a" })}`,
      `/trpc/hello,conflict?batch=1&input=${input({})}`,
    ]) {
      const { headers, text } = await readUntil(`${ours.url}${path}`, {}, () => false);
      expect(Number(headers["content-length"])).toBe(Buffer.byteLength(text));
      expect(headers["transfer-encoding"]).toBeUndefined();
    }
  });

  it("leaves a request with a body to tRPC's own handler, which streams its answer", async () => {
    const { headers } = await readUntil(`${ours.url}/trpc/echo`, json, () => false, "POST", '"x"');
    expect(headers["content-length"]).toBeUndefined();
    expect(headers["transfer-encoding"]).toBe("chunked");
  });

  it("writes a subscription's events as they come, and ends it when the client leaves", async () => {
    const { complete } = await readUntil(`${ours.url}/trpc/heldSubscription`, {}, (text) =>
      text.includes("\ndata: 1\n"),
    );
    expect(complete).toBe(false);
    await expect.poll(() => ours.observed.aborted).toContain("heldSubscription");
  });

  it("writes a JSONL batch as it comes, and ends it when the client leaves", async () => {
    const { complete } = await readUntil(
      `${ours.url}/trpc/heldStream?batch=1&input=${input({})}`,
      { "trpc-accept": "application/jsonl" },
      (text) => text.includes('{"result":0}'),
    );
    expect(complete).toBe(false);
    await expect.poll(() => ours.observed.aborted).toContain("heldStream");
  });
});

/** Reads an answer until `enough` says so (then leaves, as a client that goes away) or until it ends. */
function readUntil(
  url: string,
  headers: Record<string, string>,
  enough: (text: string) => boolean,
  method = "GET",
  body?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; text: string; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        if (!enough(text)) return;
        resolve({ headers: res.headers, text, complete: false });
        req.destroy();
      });
      res.on("end", () => resolve({ headers: res.headers, text, complete: true }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
