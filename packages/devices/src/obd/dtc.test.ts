import { describe, expect, it } from "vitest";
import { decodeDtc, decodeDtcAnswer } from "./dtc";
import { bytes } from "./test-helpers";

describe("decodeDtc (SAE J2012)", () => {
  it.each([
    [0x01, 0x33, "P0133"],
    [0xc1, 0x00, "U0100"],
    [0x52, 0x34, "C1234"],
    [0x51, 0x34, "C1134"],
    [0x41, 0x23, "C0123"],
    [0x80, 0x01, "B0001"],
    [0x01, 0x04, "P0104"],
    [0x20, 0x1a, "P201A"],
    [0x3f, 0xff, "P3FFF"],
    [0xff, 0xff, "U3FFF"],
    [0x00, 0x00, "P0000"],
  ])("%i %i -> %s", (hi, lo, code) => {
    expect(decodeDtc(hi, lo)).toBe(code);
  });

  it("refuses what is not a byte", () => {
    expect(() => decodeDtc(256, 0)).toThrow(RangeError);
    expect(() => decodeDtc(1.5, 0)).toThrow(RangeError);
  });
});

describe("decodeDtcAnswer", () => {
  it("reads a CAN answer behind its count byte, for services 03, 07 and 0A", () => {
    expect(decodeDtcAnswer(bytes("43 02 01 33 C1 00"), "6")).toEqual(["P0133", "U0100"]);
    expect(decodeDtcAnswer(bytes("47 01 04 20"), "7")).toEqual(["P0420"]);
    expect(decodeDtcAnswer(bytes("4A 01 80 01"), "8")).toEqual(["B0001"]);
  });

  it("reads no codes from a CAN count of zero", () => {
    expect(decodeDtcAnswer(bytes("43 00"), "6")).toEqual([]);
  });

  it("trusts the code bytes over a count that disagrees", () => {
    expect(decodeDtcAnswer(bytes("43 01 01 33 01 71"), "6")).toEqual(["P0133", "P0171"]);
    expect(decodeDtcAnswer(bytes("43 03 01 33"), "6")).toEqual(["P0133"]);
  });

  it("reads a legacy answer with no count byte", () => {
    expect(decodeDtcAnswer(bytes("43 01 33 01 71 03 00"), "3")).toEqual(["P0133", "P0171", "P0300"]);
  });

  it("drops 00 00 padding and repeated codes, keeping the order given", () => {
    expect(decodeDtcAnswer(bytes("43 00 00 01 33 00 00 04 20 01 33 00 00"), "5")).toEqual(["P0133", "P0420"]);
    expect(decodeDtcAnswer(bytes("43 04 00 00 01 33 00 00 01 33"), "6")).toEqual(["P0133"]);
  });

  it("ignores an odd byte at the end", () => {
    expect(decodeDtcAnswer(bytes("43 01 33 04"), "2")).toEqual(["P0133"]);
  });

  it("reads a refusal (7F 0A 11) as no codes", () => {
    expect(decodeDtcAnswer(bytes("7F 0A 11"), "6")).toEqual([]);
  });

  it("throws on an answer to another service", () => {
    expect(() => decodeDtcAnswer(bytes("41 00 BE 3F A8 13"), "6")).toThrow(RangeError);
    expect(() => decodeDtcAnswer(new Uint8Array(), "6")).toThrow(RangeError);
  });
});
