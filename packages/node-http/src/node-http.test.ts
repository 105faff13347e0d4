import { createServer, request, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { bearerToken, BodyTooLargeError, readBodyText, requestIdFrom, tokenMatches } from "./index";

describe("tokens and request ids", () => {
  it("reads a bearer token and compares tokens of any length", () => {
    expect(bearerToken("Bearer abc.DEF-1")).toBe("abc.DEF-1");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(tokenMatches("secret-token-0123", "secret-token-0123")).toBe(true);
    expect(tokenMatches("secret", "secret-token-0123")).toBe(false);
    expect(tokenMatches(null, "x")).toBe(false);
    expect(tokenMatches("x", undefined)).toBe(false);
  });

  it("keeps a sane x-request-id and replaces anything else", () => {
    expect(requestIdFrom("req-1.a:b_c")).toBe("req-1.a:b_c");
    for (const bad of ["has space", "x".repeat(129), "<script>", ""]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

/** One request to a server whose handler reads the body with `limit`. */
async function send(body: Buffer, limit: number): Promise<{ status: number; text: string }> {
  const server = createServer((req: IncomingMessage, res) => {
    readBodyText(req, limit).then(
      (text) => res.end(`ok:${text.length}`),
      (error: unknown) => {
        res.statusCode = error instanceof BodyTooLargeError ? 413 : 500;
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise((done, fail) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", headers: { "transfer-encoding": "chunked" } });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => done({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", fail);
      req.end(body);
    });
  } finally {
    server.close();
  }
}

describe("readBodyText", () => {
  it("reads a body within the limit and refuses one past it, with the answer still delivered", async () => {
    expect(await send(Buffer.from("{}"), 16)).toEqual({ status: 200, text: "ok:2" });
    const refused = await send(Buffer.alloc(1024 * 1024, 0x61), 1024);
    expect(refused.status).toBe(413);
    expect(refused.text).toContain("exceeds 1024 bytes");
  });
});
