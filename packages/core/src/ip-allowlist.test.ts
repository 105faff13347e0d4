import { describe, expect, it } from "vitest";
import { createIpAllowlist } from "./ip-allowlist";

describe("createIpAllowlist", () => {
  // YooKassa's published list, the default of payments.yookassa.webhookAllowedIps (@kiosk/payments).
  const yookassa = createIpAllowlist([
    "185.71.76.0/27",
    "185.71.77.0/27",
    "77.75.153.0/25",
    "77.75.156.11",
    "77.75.156.35",
    "77.75.154.128/25",
    "2a02:5180::/32",
  ]);

  it("accepts YooKassa's published ranges, IPv4, IPv6 and IPv4-mapped", () => {
    for (const ip of [
      "185.71.76.0",
      "185.71.76.31",
      "185.71.77.5",
      "77.75.153.127",
      "77.75.156.11",
      "77.75.156.35",
      "77.75.154.200",
      "2a02:5180::1",
      "::ffff:185.71.76.10",
    ]) {
      expect(yookassa(ip), ip).toBe(true);
    }
  });

  it("refuses everything else, loopback included", () => {
    for (const ip of [
      "185.71.76.32",
      "77.75.153.128",
      "77.75.156.12",
      "127.0.0.1",
      "::1",
      "10.0.0.1",
      "2a02:5181::1",
      "",
      "garbage",
    ]) {
      expect(yookassa(ip), ip).toBe(false);
    }
  });

  it("takes an override list", () => {
    const local = createIpAllowlist(["127.0.0.1/32", "::1"]);
    expect(local("127.0.0.1")).toBe(true);
    expect(local("::ffff:127.0.0.1")).toBe(true);
    expect(local("185.71.76.1")).toBe(false);
  });
});
