import { describe, expect, it } from "vitest";
import { LineFramer, MAX_LINE_BYTES } from "./framer";

const texts = (framer: LineFramer, ...chunks: string[]) =>
  chunks.flatMap((chunk) => framer.push(Buffer.from(chunk, "latin1"))).map((line) => line.text);

describe("the gauge line framer", () => {
  it("ends lines at CR, LF or CR LF, even with the CR LF split across chunks", () => {
    const framer = new LineFramer();
    expect(texts(framer, "a\r", "\nb\n", "c\r", "d\r\n")).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps a line split across many chunks until its end", () => {
    const framer = new LineFramer();
    expect(texts(framer, "\x02 15", ".0m", "il NO", "NF")).toEqual([]);
    expect(texts(framer, "E\r", "\n")).toEqual([" 15.0mil NONFE"]);
  });

  it("drops STX and NUL, and takes STX as the start of a new line", () => {
    const framer = new LineFramer();
    expect(texts(framer, "\0\x02 15.0mil NONFE\r\n\x02 381um FE\x02 12um FE\r\n")).toEqual([
      " 15.0mil NONFE",
      " 381um FE",
      " 12um FE",
    ]);
  });

  it("cuts a line at 512 bytes, marks it, and skips the rest of it", () => {
    const framer = new LineFramer();
    const lines = [
      ...framer.push(Buffer.from("x".repeat(MAX_LINE_BYTES + 100), "latin1")),
      ...framer.push(Buffer.from("tail\r\nM 1 100 um FE\r\n", "latin1")),
    ];
    expect(lines).toEqual([
      { text: "x".repeat(MAX_LINE_BYTES), overflow: true },
      { text: "M 1 100 um FE", overflow: false },
    ]);
    expect(texts(new LineFramer(), "y".repeat(MAX_LINE_BYTES) + "\n")).toEqual(["y".repeat(MAX_LINE_BYTES)]);
  });
});
