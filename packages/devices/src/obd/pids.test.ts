import { describe, expect, it } from "vitest";
import { decodeBatteryVolts, decodeMonitorStatus, decodeSupportedPids } from "./pids";
import { bytes } from "./test-helpers";

describe("decodeSupportedPids", () => {
  it("reads the 41 00 bitmap, most significant bit first", () => {
    expect(decodeSupportedPids(bytes("41 00 BE 3F A8 13"))).toEqual([
      0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x13, 0x15, 0x1c, 0x1f, 0x20,
    ]);
    expect(decodeSupportedPids(bytes("41 00 00 00 00 00"))).toEqual([]);
    expect(decodeSupportedPids(bytes("41 00 80 00 00 01"))).toEqual([0x01, 0x20]);
  });

  it("offsets the next ranges by their PID", () => {
    expect(decodeSupportedPids(bytes("41 20 80 00 00 01"))).toEqual([0x21, 0x40]);
  });

  it("is null for anything else", () => {
    expect(decodeSupportedPids(bytes("41 01 80 00 00 01"))).toBeNull();
    expect(decodeSupportedPids(bytes("41 00 BE 3F"))).toBeNull();
    expect(decodeSupportedPids(bytes("7F 01 11"))).toBeNull();
  });
});

describe("decodeMonitorStatus", () => {
  it("reads the MIL and the stored count from byte A", () => {
    expect(decodeMonitorStatus(bytes("41 01 83 07 FF 00"))).toEqual({ mil: true, storedCount: 3 });
    expect(decodeMonitorStatus(bytes("41 01 00 79 03 03"))).toEqual({ mil: false, storedCount: 0 });
    expect(decodeMonitorStatus(bytes("41 01 7F 00 00 00"))).toEqual({ mil: false, storedCount: 127 });
  });

  it("is null for anything else", () => {
    expect(decodeMonitorStatus(bytes("41 00 BE 3F A8 13"))).toBeNull();
    expect(decodeMonitorStatus(bytes("41 01"))).toBeNull();
    expect(decodeMonitorStatus(bytes("7F 01 12"))).toBeNull();
  });
});

describe("decodeBatteryVolts", () => {
  it.each([
    ["12.6V", 12.6],
    ["12.6v", 12.6],
    [" 14.2 V ", 14.2],
    ["12.875", 12.875],
    ["12", 12],
    ["0.0V", 0],
  ])("%j -> %d", (text, volts) => {
    expect(decodeBatteryVolts(text)).toBe(volts);
  });

  it.each(["?", "", "12ABCD", "V", "-1.2V", "12.6 VOLTS", "1e1V"])("%j -> null", (text) => {
    expect(decodeBatteryVolts(text)).toBeNull();
  });
});
