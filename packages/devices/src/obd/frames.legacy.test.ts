import { describe, expect, it } from "vitest";
import { decodeDtcAnswer } from "./dtc";
import { parseAnswer, parseAnswerWithProblems } from "./frames";
import { decodeMonitorStatus, decodeSupportedPids } from "./pids";
import { asHex } from "./test-helpers";
import { decodeVin } from "./vin";

/**
 * Wire lines with headers on: three header bytes, data, check byte. The check
 * bytes were computed apart from this code (ISO 9141-2 / ISO 14230-2: the sum
 * of all bytes mod 256; SAE J1850: CRC-8/SAE-J1850), and `48 6B 10 41 00 BE
 * 3E B8 11 C9` is an ISO 9141-2 line as adapters print it.
 */
const iso9141 = {
  supportedPids: "48 6B 10 41 00 BE 3E B8 11 C9",
  monitorStatus: "48 6B 10 41 01 82 07 65 04 F7",
  stored: ["48 6B 10 43 01 33 01 71 03 00 AF", "48 6B 10 43 04 20 00 00 00 00 2A"],
  vin: [
    "48 6B 10 49 02 01 00 00 00 31 40",
    "48 6B 10 49 02 02 48 47 43 4D 2F",
    "48 6B 10 49 02 03 38 32 36 33 E4",
    "48 6B 10 49 02 04 33 41 30 30 E6",
    "48 6B 10 49 02 05 34 33 35 32 E1",
  ],
};

const j1850Vpw = {
  supportedPids: "48 6B 10 41 00 BE 3E B8 11 FA",
  stored: ["48 6B 10 43 01 33 04 20 00 00 19", "48 6B 10 43 C1 00 01 33 00 00 3F"],
  vin: [
    "48 6B 10 49 02 01 00 00 00 31 69",
    "48 6B 10 49 02 02 48 47 43 4D CE",
    "48 6B 10 49 02 03 38 32 36 33 2B",
    "48 6B 10 49 02 04 33 41 30 30 50",
    "48 6B 10 49 02 05 34 33 35 32 DE",
  ],
};

describe("parseAnswer on ISO 9141-2 (protocol 3)", () => {
  it("strips header and check byte and names the ECU by its source address", () => {
    const messages = parseAnswer([iso9141.supportedPids], "3");
    expect(asHex(messages)).toEqual([{ ecu: "10", data: "41 00 BE 3E B8 11" }]);
    expect(decodeSupportedPids(messages[0]?.data ?? new Uint8Array())).toEqual([
      0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x11, 0x13, 0x14, 0x15, 0x1c, 0x20,
    ]);
  });

  it("reads the MIL from 41 01", () => {
    const [message] = parseAnswer([iso9141.monitorStatus], "3");
    expect(message && decodeMonitorStatus(message.data)).toEqual({ mil: true, storedCount: 2 });
  });

  it("joins DTC lines behind one service byte, with no count byte", () => {
    const messages = parseAnswer(iso9141.stored, "3");
    expect(asHex(messages)).toEqual([{ ecu: "10", data: "43 01 33 01 71 03 00 04 20 00 00 00 00" }]);
    expect(decodeDtcAnswer(messages[0]?.data ?? new Uint8Array(), "3")).toEqual(["P0133", "P0171", "P0300", "P0420"]);
  });

  it("joins the five VIN lines in line-number order, whatever order they came in", () => {
    const expected = [{ ecu: "10", data: "49 02 00 00 00 31 48 47 43 4D 38 32 36 33 33 41 30 30 34 33 35 32" }];
    expect(asHex(parseAnswer(iso9141.vin, "3"))).toEqual(expected);
    const shuffled = [3, 0, 4, 2, 1].map((index) => iso9141.vin[index] ?? "");
    const messages = parseAnswer(shuffled, "3");
    expect(asHex(messages)).toEqual(expected);
    expect(decodeVin(messages[0]?.data ?? new Uint8Array())).toBe("1HGCM82633A004352");
  });

  it("reads spaces off", () => {
    const compact = iso9141.stored.map((line) => line.replaceAll(" ", ""));
    expect(asHex(parseAnswer(compact, "3"))).toEqual(asHex(parseAnswer(iso9141.stored, "3")));
  });

  it("drops a VIN with a line missing, and says which", () => {
    const lines = iso9141.vin.filter((_, index) => index !== 2);
    const parsed = parseAnswerWithProblems(lines, "3");
    expect(parsed.messages).toEqual([]);
    expect(parsed.problems).toEqual([
      {
        kind: "MISSING_FRAME",
        ecu: "10",
        line: "48 6B 10 49 02 01 00 00 00 31 40",
        detail: "line numbers 1, 2, 4, 5; expected 1 to 4",
      },
    ]);
  });

  it("drops a line whose check byte is wrong, unless told only to strip it", () => {
    const damaged = "48 6B 10 43 01 33 01 71 03 00 AE";
    const parsed = parseAnswerWithProblems([damaged, iso9141.stored[1] ?? ""], "3");
    expect(parsed.problems).toEqual([
      { kind: "BAD_CHECKSUM", ecu: "10", line: damaged, detail: "check byte AE, computed AF" },
    ]);
    expect(asHex(parsed.messages)).toEqual([{ ecu: "10", data: "43 04 20 00 00 00 00" }]);
    expect(asHex(parseAnswer([damaged], "3", { verifyChecksums: false }))).toEqual([
      { ecu: "10", data: "43 01 33 01 71 03 00" },
    ]);
  });

  it("drops a response-pending 7F 03 78 and keeps a refusal", () => {
    expect(asHex(parseAnswer(["48 6B 10 7F 03 78 BD", ...iso9141.stored.slice(1)], "3"))).toEqual([
      { ecu: "10", data: "43 04 20 00 00 00 00" },
    ]);
    const refusal = parseAnswer(["48 6B 10 7F 0A 11 5D"], "3");
    expect(asHex(refusal)).toEqual([{ ecu: "10", data: "7F 0A 11" }]);
    expect(decodeDtcAnswer(refusal[0]?.data ?? new Uint8Array(), "3")).toEqual([]);
  });

  it("reports lines too short or cut in half", () => {
    const parsed = parseAnswerWithProblems(["48 6B 10 41", "48 6B 10 41 00 BE 3E B8 11 C"], "3");
    expect(parsed.problems.map((problem) => [problem.kind, problem.detail])).toEqual([
      ["MALFORMED_FRAME", "4 bytes; a header, data and a check byte need 5"],
      ["MALFORMED_FRAME", "an odd number of hex digits"],
    ]);
  });
});

describe("parseAnswer on ISO 14230-4 KWP2000 (protocols 4 and 5)", () => {
  it("reads the length from the format byte (86: 6 data bytes)", () => {
    expect(asHex(parseAnswer(["86 F1 10 41 00 BE 3E B8 11 8D"], "5"))).toEqual([
      { ecu: "10", data: "41 00 BE 3E B8 11" },
    ]);
  });

  it("joins each ECU's DTC lines apart", () => {
    const lines = [
      "87 F1 10 43 01 33 01 71 03 00 74",
      "87 F1 18 43 07 00 00 00 00 00 DA",
      "87 F1 10 43 04 20 00 00 00 00 EF",
    ];
    const messages = parseAnswer(lines, "4");
    expect(asHex(messages)).toEqual([
      { ecu: "10", data: "43 01 33 01 71 03 00 04 20 00 00 00 00" },
      { ecu: "18", data: "43 07 00 00 00 00 00" },
    ]);
    expect(messages.map((message) => decodeDtcAnswer(message.data, "4"))).toEqual([
      ["P0133", "P0171", "P0300", "P0420"],
      ["P0700"],
    ]);
  });

  it("reads a separate length byte when the format byte's length is 0", () => {
    expect(asHex(parseAnswer(["80 F1 10 07 43 01 33 01 71 03 00 74"], "5"))).toEqual([
      { ecu: "10", data: "43 01 33 01 71 03 00" },
    ]);
  });

  it("reads an ISO 9141-style header (48: no length) on KWP too", () => {
    expect(asHex(parseAnswer(["48 6B 10 41 00 BE 3E B8 11 C9"], "5"))).toEqual([
      { ecu: "10", data: "41 00 BE 3E B8 11" },
    ]);
  });

  it("rejects a line whose length disagrees with its format byte", () => {
    const parsed = parseAnswerWithProblems(["86 F1 10 43 01 33 01 71 03 00 73"], "5");
    expect(parsed.problems.map((problem) => [problem.kind, problem.detail])).toEqual([
      ["MALFORMED_FRAME", "the header says 6 data bytes; the line has 7"],
    ]);
  });
});

describe("parseAnswer on SAE J1850 (protocols 1 and 2)", () => {
  it("verifies the J1850 CRC on VPW", () => {
    expect(asHex(parseAnswer([j1850Vpw.supportedPids], "2"))).toEqual([{ ecu: "10", data: "41 00 BE 3E B8 11" }]);
    // The ISO 9141-2 line (sum check byte) fails the CRC: the check really is per protocol.
    expect(parseAnswerWithProblems([iso9141.supportedPids], "2").problems).toEqual([
      { kind: "BAD_CHECKSUM", ecu: "10", line: iso9141.supportedPids, detail: "check byte C9, computed FA" },
    ]);
  });

  it("joins VPW DTC lines and drops padding and repeats", () => {
    const messages = parseAnswer(j1850Vpw.stored, "2");
    expect(asHex(messages)).toEqual([{ ecu: "10", data: "43 01 33 04 20 00 00 C1 00 01 33 00 00" }]);
    expect(decodeDtcAnswer(messages[0]?.data ?? new Uint8Array(), "2")).toEqual(["P0133", "P0420", "U0100"]);
  });

  it("reads a VPW VIN", () => {
    const [message] = parseAnswer(j1850Vpw.vin, "2");
    expect(message && decodeVin(message.data)).toBe("1HGCM82633A004352");
  });

  it("reads PWM (41 6B header) from two ECUs", () => {
    const lines = ["41 6B 10 43 03 00 00 00 00 00 3C", "41 6B 1A 43 07 15 00 00 00 00 74"];
    const messages = parseAnswer(lines, "1");
    expect(asHex(messages)).toEqual([
      { ecu: "10", data: "43 03 00 00 00 00 00" },
      { ecu: "1A", data: "43 07 15 00 00 00 00" },
    ]);
    expect(messages.map((message) => decodeDtcAnswer(message.data, "1"))).toEqual([["P0300"], ["P0715"]]);
  });
});
