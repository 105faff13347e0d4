import { describe, expect, it } from "vitest";
import { decodeDtcAnswer } from "./dtc";
import { MalformedAnswerError, parseAnswer, parseAnswerWithProblems } from "./frames";
import { decodeVin } from "./vin";
import { asHex } from "./test-helpers";

/**
 * Service 03 to a CAN 11-bit car with two ECUs, both with more codes than a
 * single frame holds: 7E8 (engine) 6 codes in 14 bytes, 7E9 (transmission)
 * 3 codes in 8, their ISO-TP frames interleaved as they were on the bus, the
 * last frames padded with AA to 8 bytes.
 */
const twoEcuMode03 = [
  "7E8 10 0E 43 06 01 33 01 71",
  "7E9 10 08 43 03 07 00 07 15",
  "7E8 21 03 00 04 20 C1 00 04",
  "7E9 21 07 20 AA AA AA AA AA",
  "7E8 22 42 AA AA AA AA AA AA",
];

describe("parseAnswer on CAN 11-bit (ISO 15765-4, protocol 6)", () => {
  it("reads a single frame, cutting the padding at the PCI length", () => {
    expect(asHex(parseAnswer(["7E8 06 41 00 BE 3F A8 13 00"], "6"))).toEqual([
      { ecu: "7E8", data: "41 00 BE 3F A8 13" },
    ]);
  });

  it("reads spaces off and odd spacing the same as spaces on", () => {
    const expected = [{ ecu: "7E8", data: "41 00 BE 3F A8 13" }];
    expect(asHex(parseAnswer(["7E80641 00BE3FA813"], "6"))).toEqual(expected);
    expect(asHex(parseAnswer(["7E806410 0BE3FA813"], "6"))).toEqual(expected);
    expect(asHex(parseAnswer(["7e8064100be3fa813"], "6"))).toEqual(expected);
  });

  it("reassembles two ECUs' interleaved multi-frame answers, each by its header", () => {
    const messages = parseAnswer(twoEcuMode03, "6");
    expect(asHex(messages)).toEqual([
      { ecu: "7E8", data: "43 06 01 33 01 71 03 00 04 20 C1 00 04 42" },
      { ecu: "7E9", data: "43 03 07 00 07 15 07 20" },
    ]);
    expect(messages.map((message) => decodeDtcAnswer(message.data, "6"))).toEqual([
      ["P0133", "P0171", "P0300", "P0420", "U0100", "P0442"],
      ["P0700", "P0715", "P0720"],
    ]);
  });

  it("reads the same answer with spaces off (protocol 8 frames alike)", () => {
    const compact = twoEcuMode03.map((line) => line.replaceAll(" ", ""));
    expect(asHex(parseAnswer(compact, "8"))).toEqual(asHex(parseAnswer(twoEcuMode03, "6")));
  });

  it("sorts ECUs by header and keeps one ECU's messages in order", () => {
    const lines = ["7EA 02 41 0D 00 00 00 00 00", "7E8 03 41 0D 32 00 00 00 00", "7E9 03 41 0D 00 00 00 00 00"];
    expect(parseAnswer(lines, "6").map((message) => message.ecu)).toEqual(["7E8", "7E9", "7EA"]);
  });

  it("reads a VIN in three frames", () => {
    const lines = ["7E8 10 14 49 02 01 31 48 47", "7E8 21 43 4D 38 32 36 33 33", "7E8 22 41 30 30 34 33 35 32"];
    const [message] = parseAnswer(lines, "6");
    expect(message && decodeVin(message.data)).toBe("1HGCM82633A004352");
  });

  it("follows the sequence number past 2F to 20", () => {
    // 6 bytes in the first frame, then 17 consecutive frames of 7: 21..2F, 20, 21.
    const total = 6 + 17 * 7;
    const payload = Array.from({ length: total }, (_, index) => index & 0xff);
    const hex = (values: number[]) => values.map((value) => value.toString(16).padStart(2, "0")).join(" ");
    const lines = [`7E8 1${(total >> 8).toString(16)} ${hex([total & 0xff, ...payload.slice(0, 6)])}`];
    for (let frame = 0; frame < 17; frame++) {
      const sequence = (frame + 1) & 0x0f;
      lines.push(`7E8 2${sequence.toString(16)} ${hex(payload.slice(6 + frame * 7, 13 + frame * 7))}`);
    }
    expect(lines[15]?.slice(0, 6)).toBe("7E8 2f");
    expect(lines[16]?.slice(0, 6)).toBe("7E8 20");
    const [message] = parseAnswer(lines, "6");
    expect(message && Array.from(message.data)).toEqual(payload);
  });

  it("drops a response-pending 7F 03 78 and keeps the answer that follows", () => {
    const lines = ["7E8 03 7F 03 78 00 00 00 00", "7E8 04 43 01 01 33 00 00 00"];
    expect(asHex(parseAnswer(lines, "6"))).toEqual([{ ecu: "7E8", data: "43 01 01 33" }]);
  });

  it("keeps a negative response as the ECU's answer", () => {
    expect(asHex(parseAnswer(["7E8 03 7F 0A 11 00 00 00 00"], "6"))).toEqual([{ ecu: "7E8", data: "7F 0A 11" }]);
  });
});

describe("parseAnswer on CAN 29-bit (protocol 7)", () => {
  it("names the ECU by the whole 29-bit identifier", () => {
    const lines = ["18 DA F1 10 06 43 02 01 33 04 20 00", "18 DA F1 18 02 43 00 00 00 00 00 00"];
    expect(asHex(parseAnswer(lines, "7"))).toEqual([
      { ecu: "18DAF110", data: "43 02 01 33 04 20" },
      { ecu: "18DAF118", data: "43 00" },
    ]);
  });

  it("reassembles a multi-frame VIN, spaces off", () => {
    const lines = ["18DAF1101014490201575030", "18DAF110215A5A5A39395A54", "18DAF1102253333932313234"];
    const messages = parseAnswer(lines, "9");
    expect(asHex(messages)).toEqual([
      { ecu: "18DAF110", data: "49 02 01 57 50 30 5A 5A 5A 39 39 5A 54 53 33 39 32 31 32 34" },
    ]);
    expect(decodeVin(messages[0]?.data ?? new Uint8Array())).toBe("WP0ZZZ99ZTS392124");
  });
});

describe("damaged CAN answers", () => {
  it("drops an ECU whose consecutive frame is missing, keeps the other, and reports it", () => {
    const lines = twoEcuMode03.filter((line) => line !== "7E8 21 03 00 04 20 C1 00 04");
    const parsed = parseAnswerWithProblems(lines, "6");
    expect(asHex(parsed.messages)).toEqual([{ ecu: "7E9", data: "43 03 07 00 07 15 07 20" }]);
    expect(parsed.problems).toEqual([
      {
        kind: "MISSING_FRAME",
        ecu: "7E8",
        line: "7E8 10 0E 43 06 01 33 01 71",
        detail: "expected consecutive frame 1, got 2 (7E8 22 42 AA AA AA AA AA AA)",
      },
    ]);
    expect(() => parseAnswer(lines, "6")).toThrow(MalformedAnswerError);
  });

  it("throws a bus error naming the problem", () => {
    const lines = ["7E8 10 0E 43 06 01 33 01 71", "7E8 22 42 AA AA AA AA AA AA"];
    let caught: unknown;
    try {
      parseAnswer(lines, "6");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MalformedAnswerError);
    expect((caught as MalformedAnswerError).code).toBe("BUS_ERROR");
    expect((caught as MalformedAnswerError).problems.map((problem) => problem.kind)).toEqual(["MISSING_FRAME"]);
  });

  it("rejects frames out of order rather than sorting them", () => {
    const lines = ["7E8 10 0E 43 06 01 33 01 71", "7E8 22 42 AA AA AA AA AA AA", "7E8 21 03 00 04 20 C1 00 04"];
    const parsed = parseAnswerWithProblems(lines, "6");
    expect(parsed.messages).toEqual([]);
    expect(parsed.problems.map((problem) => problem.kind)).toEqual(["MISSING_FRAME"]);
  });

  it("reports a message cut short at the end of the answer", () => {
    const parsed = parseAnswerWithProblems(twoEcuMode03.slice(0, 4), "6");
    expect(asHex(parsed.messages)).toEqual([{ ecu: "7E9", data: "43 03 07 00 07 15 07 20" }]);
    expect(parsed.problems).toEqual([
      {
        kind: "INCOMPLETE_MESSAGE",
        ecu: "7E8",
        line: "7E8 10 0E 43 06 01 33 01 71",
        detail: "the answer ended after 13 of 14 bytes",
      },
    ]);
  });

  it("reports a first frame followed by a new message before it was whole", () => {
    const parsed = parseAnswerWithProblems(["7E8 10 0E 43 06 01 33 01 71", "7E8 02 41 0D 00 00 00 00 00"], "6");
    expect(asHex(parsed.messages)).toEqual([{ ecu: "7E8", data: "41 0D" }]);
    expect(parsed.problems.map((problem) => problem.kind)).toEqual(["INCOMPLETE_MESSAGE"]);
  });

  it("reports a consecutive frame with no first frame", () => {
    const parsed = parseAnswerWithProblems(["7E8 21 03 00 04 20 C1 00 04"], "6");
    expect(parsed.problems.map((problem) => [problem.kind, problem.ecu])).toEqual([["UNEXPECTED_FRAME", "7E8"]]);
  });

  it("reports frames that are not CAN frames", () => {
    const lines = [
      "7E8 08 41 00 BE 3F A8 13 00", // single frame length 8: more than a frame holds
      "7E8 06 41 00 BE 3F A8 13 00 00", // 9 data bytes
      "7E8 06 41 00 BE 3F A8 1", // a byte cut in half
      "7E8 06 41 00", // shorter than its own length
      "7E8 00 41 00 00 00 00 00 00", // length 0
      "7E8 30 00 00 00 00 00 00 00", // flow control
      "7E", // no header
    ];
    const parsed = parseAnswerWithProblems(lines, "6");
    expect(parsed.messages).toEqual([]);
    // Lines that are no frame at all come first, then frames whose PCI does not fit.
    expect(parsed.problems.map((problem) => [problem.kind, problem.ecu, problem.detail])).toEqual([
      ["MALFORMED_FRAME", "7E8", "9 data bytes; a CAN frame carries 8"],
      ["MALFORMED_FRAME", "7E8", "an odd number of hex digits after the header"],
      ["MALFORMED_FRAME", null, "shorter than the 3-digit header and a PCI byte"],
      ["MALFORMED_FRAME", "7E8", "single frame of length 8 with 7 bytes after the PCI"],
      ["MALFORMED_FRAME", "7E8", "single frame of length 6 with 2 bytes after the PCI"],
      ["MALFORMED_FRAME", "7E8", "single frame of length 0 with 7 bytes after the PCI"],
      ["MALFORMED_FRAME", "7E8", "a flow control frame"],
    ]);
  });

  it("sets adapter texts aside and skips search progress", () => {
    const parsed = parseAnswerWithProblems(["SEARCHING...", "7E8 06 41 00 BE 3F A8 13 00", "NO DATA"], "6");
    expect(asHex(parsed.messages)).toEqual([{ ecu: "7E8", data: "41 00 BE 3F A8 13" }]);
    expect(parsed.adapterLines).toEqual(["NO DATA"]);
    expect(parsed.problems).toEqual([]);
  });
});
