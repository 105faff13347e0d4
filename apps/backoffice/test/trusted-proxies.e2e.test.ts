import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackofficeConfig } from "../src";
import { callTrpc } from "./operators";
import { startTestBackoffice, type TestBackoffice } from "./test-backoffice";

/**
 * The backoffice behind a TLS reverse proxy on 127.0.0.1: with
 * BACKOFFICE_TRUSTED_PROXIES=127.0.0.1 the proxy's X-Forwarded-For names each
 * customer, so the report link limit, the sign-in limits and the enrollment
 * limit count customers, not the proxy; from any other peer, or without the
 * setting, the header is ignored. Small limits keep the bursts short.
 */
const limits = {
  REPORT_LINK_RATE_PER_MINUTE: "3",
  BACKOFFICE_LOGIN_RATE_PER_MINUTE: "2",
  BACKOFFICE_LOGIN_ADDRESS_RATE_PER_MINUTE: "2",
  BACKOFFICE_ENROLL_RATE_PER_MINUTE: "2",
};
let proxied: TestBackoffice;
let direct: TestBackoffice;

beforeAll(async () => {
  [proxied, direct] = await Promise.all([
    startTestBackoffice({ kiosks: {}, env: { ...limits, BACKOFFICE_TRUSTED_PROXIES: "127.0.0.1" } }),
    startTestBackoffice({ kiosks: {}, env: limits }),
  ]);
}, 60_000);
afterAll(() => Promise.all([proxied?.stop(), direct?.stop()]));

interface Send {
  /** The local (socket) address, any of 127.0.0.0/8. */
  from: string;
  forwardedFor?: string;
  method?: "GET" | "POST";
  body?: unknown;
}

/** One request from `from`, with the X-Forwarded-For a proxy (or a forger) would send; its status. */
function send(url: string, { from, forwardedFor, method = "GET", body }: Send): Promise<number> {
  const headers: Record<string, string> = {};
  if (forwardedFor !== undefined) headers["x-forwarded-for"] = forwardedFor;
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: from }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** `count` guesses at `/r/...`, their statuses: 404 within the limit, 429 past it. */
async function guesses(backoffice: TestBackoffice, count: number, call: Send): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push(await send(`${backoffice.url}/r/guess${i}`, call));
  return statuses;
}

describe("BACKOFFICE_TRUSTED_PROXIES", () => {
  it("limits two customers behind the trusted proxy separately on /r/...", async () => {
    const first = { from: "127.0.0.1", forwardedFor: "203.0.113.10" };
    expect(await guesses(proxied, 4, first)).toEqual([404, 404, 404, 429]);
    // The second customer, through the same proxy, has a window of its own.
    expect(await guesses(proxied, 3, { from: "127.0.0.1", forwardedFor: "203.0.113.11" })).toEqual([404, 404, 404]);
    // A client's own entry left of what the proxy appended is never read: it is still the first customer.
    expect(await guesses(proxied, 1, { from: "127.0.0.1", forwardedFor: "198.51.100.1, 203.0.113.10" })).toEqual([429]);
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", async () => {
    const forged = [];
    for (let i = 0; i < 4; i++)
      forged.push(...(await guesses(proxied, 1, { from: "127.0.0.5", forwardedFor: `203.0.113.${20 + i}` })));
    expect(forged).toEqual([404, 404, 404, 429]);
  });

  it("without the setting, ignores the header: every customer behind the proxy is the proxy", async () => {
    const behind = [];
    for (let i = 0; i < 4; i++)
      behind.push(...(await guesses(direct, 1, { from: "127.0.0.1", forwardedFor: `203.0.113.${30 + i}` })));
    expect(behind).toEqual([404, 404, 404, 429]);
  });

  it("counts the sign-in limits per forwarded customer", async () => {
    const login = (backoffice: TestBackoffice, forwardedFor: string) =>
      callTrpc(backoffice.url, "mutation", "auth.login", {
        input: { email: "nobody@example.ru", password: "whatever it is" },
        from: "127.0.0.1",
        headers: { "x-forwarded-for": forwardedFor },
      }).then((answer) => answer.status);
    const statuses = async (backoffice: TestBackoffice, forwardedFor: string, count: number) => {
      const all: number[] = [];
      for (let i = 0; i < count; i++) all.push(await login(backoffice, forwardedFor));
      return all;
    };
    expect(await statuses(proxied, "203.0.113.40", 3)).toEqual([401, 401, 429]);
    expect(await statuses(proxied, "203.0.113.41", 1)).toEqual([401]);
    // Without the setting both are the proxy: the second is refused with the first.
    expect(await statuses(direct, "203.0.113.40", 2)).toEqual([401, 401]);
    expect(await statuses(direct, "203.0.113.41", 1)).toEqual([429]);
  });

  it("counts enrollment attempts per forwarded customer", async () => {
    const enroll = (backoffice: TestBackoffice, forwardedFor: string) =>
      send(`${backoffice.url}/api/fleet/enroll`, {
        from: "127.0.0.1",
        forwardedFor,
        method: "POST",
        body: { code: "0000-0000-0000-0000-0000", token: "x".repeat(43) },
      });
    const first = [];
    for (let i = 0; i < 3; i++) first.push(await enroll(proxied, "203.0.113.50"));
    expect(first.slice(0, 2)).not.toContain(429);
    expect(first[2]).toBe(429);
    expect(await enroll(proxied, "203.0.113.51")).not.toBe(429);
    for (let i = 0; i < 2; i++) expect(await enroll(direct, `203.0.113.${52 + i}`)).not.toBe(429);
    expect(await enroll(direct, "203.0.113.54")).toBe(429);
  });

  it("refuses an entry that is not an address or CIDR, naming the variable", () => {
    expect(parseBackofficeConfig({ BACKOFFICE_TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).trustedProxies).toEqual([
      "10.0.0.0/8",
      "::1",
    ]);
    expect(parseBackofficeConfig({}).trustedProxies).toEqual([]);
    for (const bad of ["proxy.example.ru", "10.0.0.0/33", "127.0.0.1/8/1"]) {
      expect(() => parseBackofficeConfig({ BACKOFFICE_TRUSTED_PROXIES: `127.0.0.1,${bad}` })).toThrow(
        `BACKOFFICE_TRUSTED_PROXIES: "${bad}" must be an IP address or CIDR`,
      );
    }
  });
});
