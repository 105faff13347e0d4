import type { IncomingMessage } from "node:http";
import { createIpAllowlist } from "@kiosk/core";
import { describe, expect, it } from "vitest";
import { callerIdentity, clientAddress, type ProxyPolicy } from "./io";

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

const policy = (trustProxy: boolean, proxies = ["127.0.0.1/32", "::1/128"]): ProxyPolicy => ({
  trustProxy,
  isTrustedProxy: createIpAllowlist(proxies),
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless trustProxy is on", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), policy(false))).toBe("127.0.0.1");
  });

  it("believes the header only from a trusted proxy", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), policy(true))).toBe("203.0.113.7");
    expect(clientAddress(request("::ffff:127.0.0.1", "203.0.113.7"), policy(true))).toBe("203.0.113.7");
    expect(clientAddress(request("198.51.100.4", "127.0.0.1"), policy(true))).toBe("198.51.100.4");
    expect(clientAddress(request("127.0.0.2", "185.71.76.10"), policy(true))).toBe("127.0.0.2");
  });

  it("walks from the right past trusted proxies and stops at the first address that is not one", () => {
    const chain = policy(true, ["127.0.0.1/32", "10.0.0.0/8"]);
    // What the client wrote (1.1.1.1, 127.0.0.1) lies left of the first untrusted hop and is never read.
    expect(clientAddress(request("127.0.0.1", "1.1.1.1, 127.0.0.1, 203.0.113.7, 10.0.0.5"), chain)).toBe("203.0.113.7");
    expect(clientAddress(request("127.0.0.1", "10.0.0.9, 10.0.0.5"), chain)).toBe("10.0.0.9");
    expect(clientAddress(request("127.0.0.1", "not-an-ip"), chain)).toBe("not-an-ip");
  });
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
