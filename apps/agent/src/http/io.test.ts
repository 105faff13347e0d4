import type { IncomingMessage } from "node:http";
import { createIpAllowlist } from "@kiosk/core";
import { describe, expect, it } from "vitest";
import type { ProxyPolicy } from "@kiosk/node-http";
import { callerIdentity } from "./io";

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

const policy = (trustProxy: boolean, proxies = ["127.0.0.1/32", "::1/128"]): ProxyPolicy => ({
  trustProxy,
  isTrustedProxy: createIpAllowlist(proxies),
});

describe("callerIdentity", () => {
  it("decides loopback from the socket peer, never from a header", () => {
    expect(callerIdentity(request("198.51.100.4", "127.0.0.1"), policy(true)).isLoopback).toBe(false);
    expect(callerIdentity(request("198.51.100.4", "127.0.0.1"), policy(true, ["0.0.0.0/0"])).isLoopback).toBe(false);
    expect(callerIdentity(request("127.0.0.1"), policy(true)).isLoopback).toBe(true);
    // A local reverse proxy speaking for a remote customer does not lend it the loopback tier.
    expect(callerIdentity(request("127.0.0.1", "203.0.113.7"), policy(true)).isLoopback).toBe(false);
  });
});
