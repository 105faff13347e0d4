import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, type ProxyPolicy } from "./index";

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

/** A matcher for addresses and CIDRs (as @kiosk/core's createIpAllowlist, which this package does not depend on). */
function trusting(entries: string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (ip) => isIP(ip) !== 0 && list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

const policy = (trustProxy: boolean, proxies = ["127.0.0.1/32", "::1/128"]): ProxyPolicy => ({
  trustProxy,
  isTrustedProxy: trusting(proxies),
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

  it("reads a repeated header as one list, and the socket peer when there is none", () => {
    const repeated = {
      socket: { remoteAddress: "127.0.0.1" },
      headers: { "x-forwarded-for": ["203.0.113.7", "198.51.100.4"] },
    } as unknown as IncomingMessage;
    expect(clientAddress(repeated, policy(true))).toBe("198.51.100.4");
    expect(clientAddress(request("127.0.0.1"), policy(true))).toBe("127.0.0.1");
  });
});
