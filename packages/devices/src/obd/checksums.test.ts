import { describe, expect, it } from "vitest";
import { crc8J1850, sum8 } from "./checksums";
import { bytes } from "./test-helpers";

describe("legacy check bytes", () => {
  it("computes CRC-8/SAE-J1850's catalogue check value", () => {
    expect(crc8J1850(new TextEncoder().encode("123456789"))).toBe(0x4b);
  });

  it("matches the CRC of real J1850 service 01 PID 00 requests", () => {
    expect(crc8J1850(bytes("68 6A F1 01 00"))).toBe(0x17); // VPW
    expect(crc8J1850(bytes("61 6A F1 01 00"))).toBe(0x0a); // PWM
  });

  it("sums ISO 9141-2 bytes modulo 256, header included", () => {
    expect(sum8(bytes("48 6B 10 41 00 BE 3E B8 11"))).toBe(0xc9);
    expect(sum8(new Uint8Array())).toBe(0);
  });
});
