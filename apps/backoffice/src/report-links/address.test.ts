import { describe, expect, it } from "vitest";
import { auditedNetwork, rateLimitedClient } from "./address";

describe("a client's network", () => {
  it("keeps an IPv4 address's /24 for the audit and the whole address for the rate limit", () => {
    expect(auditedNetwork("203.0.113.77")).toBe("203.0.113.0/24");
    expect(auditedNetwork("::ffff:203.0.113.77")).toBe("203.0.113.0/24");
    expect(rateLimitedClient("203.0.113.77")).toBe("203.0.113.77/32");
  });

  it("keeps an IPv6 address's /48 for the audit and its /64 for the rate limit, however it is written", () => {
    expect(auditedNetwork("2001:db8:abcd:12:1:2:3:4")).toBe("2001:db8:abcd::/48");
    expect(auditedNetwork("2001:db8::1")).toBe("2001:db8::/48");
    expect(auditedNetwork("fe80::1%eth0")).toBe("fe80::/48");
    expect(auditedNetwork("::1")).toBe("::/48");
    expect(auditedNetwork("64:ff9b::198.51.100.7")).toBe("64:ff9b::/48");
    expect(rateLimitedClient("2001:db8:abcd:12:ffff:2:3:4")).toBe("2001:db8:abcd:12::/64");
    expect(rateLimitedClient("2001:db8:abcd:12::9")).toBe(rateLimitedClient("2001:db8:abcd:12:ffff:2:3:4"));
  });

  it("calls what is no address unknown", () => {
    expect(auditedNetwork("")).toBe("unknown");
    expect(auditedNetwork("not-an-ip")).toBe("unknown");
  });
});
