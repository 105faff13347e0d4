import { describe, expect, it } from "vitest";
import { parsePositectorLine } from "./positector";

describe("the PosiTector 6000 stream", () => {
  it("reads the manual's example: 15.0 mil on a non-ferrous substrate is 381 µm on aluminium", () => {
    expect(parsePositectorLine("\x02 15.0mil NONFE")).toEqual({
      kind: "reading",
      valueUm: 381,
      unit: "mil",
      substrate: "aluminium",
      raw: "\x02 15.0mil NONFE",
    });
  });

  it("reads µm on steel, and the line as the framer hands it (STX already stripped)", () => {
    expect(parsePositectorLine(" 381um FE")).toMatchObject({
      kind: "reading",
      valueUm: 381,
      unit: "um",
      substrate: "steel",
    });
    expect(parsePositectorLine(" 4.72mil FE")).toMatchObject({ valueUm: 119.9, unit: "mil" });
    expect(parsePositectorLine(" 96.3µm NONFE")).toMatchObject({ valueUm: 96.3, substrate: "aluminium" });
  });

  it("reads a value without a substrate word as unknown", () => {
    expect(parsePositectorLine(" 120um")).toMatchObject({ kind: "reading", valueUm: 120, substrate: "unknown" });
  });

  it("refuses zero, negative and impossibly thick values, and the units it does not take, with a reason", () => {
    const reasonOf = (line: string) => {
      const event = parsePositectorLine(line);
      return event.kind === "refused" ? event.reason : `not refused: ${event.kind}`;
    };
    expect(reasonOf(" 0.0mil FE")).toBe(
      "0.0 mil is not a coating (zero or negative: a lifted probe or a gauge not zeroed)",
    );
    expect(reasonOf(" -2um FE")).toBe(
      "-2 µm is not a coating (zero or negative: a lifted probe or a gauge not zeroed)",
    );
    expect(reasonOf(" 250.0mil FE")).toBe("6350 µm is above 5000 µm: no paint is that thick (a probe off the metal)");
    expect(reasonOf(" 0.381mm FE")).toBe("the gauge is set to mm: set it to µm or mils");
  });

  it("calls anything else garbage", () => {
    for (const line of ["", "15.0", " 15.0mil STEEL", "mil NONFE", " 15.0mil NONFE extra", "\x7f\x7f\x7f"]) {
      expect(parsePositectorLine(line)).toEqual({ kind: "garbage", raw: line });
    }
  });
});
