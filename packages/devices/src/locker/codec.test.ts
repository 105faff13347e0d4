import { describe, expect, it } from "vitest";
import { doorsOf, encodeOpen, encodeQueryAll, scanOpenAnswer, scanStatusAnswer, xorOf } from "./codec";

const bytes = (hex: string) => Buffer.from(hex.replace(/ /g, ""), "hex");

describe("the locker board frames", () => {
  it("checks each frame with the XOR of the bytes before it", () => {
    expect(xorOf(bytes("80 01 00 33"))).toBe(0xb2);
    expect(xorOf(bytes("8A 01 01 11"))).toBe(0x9b);
    expect(xorOf(bytes("8A 01 00 11"))).toBe(0x9a);
  });

  it("encodes an open and the query of every door", () => {
    expect(encodeOpen(1, 1)).toEqual(bytes("8A 01 01 11 9B"));
    expect(encodeOpen(2, 10)).toEqual(bytes("8A 02 0A 11 93"));
    expect(encodeQueryAll(1)).toEqual(bytes("80 01 00 33 B2"));
  });

  it("refuses lock 0 (every door at once), locks past 24, and board 0", () => {
    expect(() => encodeOpen(1, 0)).toThrow(/every door/);
    expect(() => encodeOpen(1, 25)).toThrow(RangeError);
    expect(() => encodeOpen(1, 1.5)).toThrow(RangeError);
    expect(() => encodeQueryAll(0)).toThrow(RangeError);
  });

  it("reads lock 1 from the lowest bit of g1, the last group byte", () => {
    // 80 01 <g3> <g2> <g1> 33: g1 = 0x01 lock 1, g2 = 0x01 lock 9, g3 = 0x80 lock 24 closed.
    const scan = scanStatusAnswer(bytes("80 01 80 01 01 33 32"), 1);
    expect(scan).toMatchObject({ found: "frame", length: 7 });
    const doors = scan.found === "frame" ? scan.value : [];
    const closed = doors.flatMap((door, index) => (door === "closed" ? [index + 1] : []));
    expect(closed).toEqual([1, 9, 24]);
    expect(doors).toHaveLength(24);
  });

  it("inverts the doors for the other sensor wiring", () => {
    expect(doorsOf([0b0000_0010, 0, 0], true).slice(0, 3)).toEqual(["closed", "open", "closed"]);
  });

  it("tells a whole answer from a part of one, a corrupted one, and bytes that cannot start one", () => {
    expect(scanStatusAnswer(bytes("80 01 00"), 1)).toEqual({ found: "partial" });
    expect(scanStatusAnswer(bytes("80 01 00 00 00 33 B3"), 1)).toEqual({ found: "bad-checksum", length: 7 });
    expect(scanStatusAnswer(bytes("80 02 00 00 00 33 B1"), 1)).toEqual({ found: "nothing" }); // another board
    // the driver's own query echoed back: its fifth byte is not where the answer's 33 goes
    expect(scanStatusAnswer(bytes("80 01 00 33 B2 80 01"), 1)).toEqual({ found: "nothing" });
  });

  it("reads the board's word after an open: 00 unlocked, 11 locked", () => {
    expect(scanOpenAnswer(bytes("8A 01 01 00 8A"), 1, 1)).toEqual({ found: "frame", value: "unlocked", length: 5 });
    expect(scanOpenAnswer(bytes("8A 01 01 11 9B"), 1, 1)).toEqual({ found: "frame", value: "locked", length: 5 });
    expect(scanOpenAnswer(bytes("8A 01 01 11 9B"), 1, 1, true)).toMatchObject({ value: "unlocked" });
    expect(scanOpenAnswer(bytes("8A 01 01 42 C8"), 1, 1)).toMatchObject({ value: "unreadable" });
    expect(scanOpenAnswer(bytes("8A 01 02 00 89"), 1, 1)).toEqual({ found: "nothing" }); // another lock
  });
});
