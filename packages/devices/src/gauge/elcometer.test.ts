import { describe, expect, it } from "vitest";
import { parseElcometerLine } from "./elcometer";

describe("the Elcometer 456 stream", () => {
  it("reads 3.14 mil on the non-ferrous probe side as 79.8 µm on aluminium", () => {
    expect(parseElcometerLine("   3.14 mil  N1    ")).toEqual({
      kind: "reading",
      valueUm: 79.8,
      unit: "mil",
      substrate: "aluminium",
      raw: "   3.14 mil  N1    ",
    });
  });

  it("reads µm, and F as steel", () => {
    expect(parseElcometerLine("    70.7 um   N1    ")).toMatchObject({
      valueUm: 70.7,
      unit: "um",
      substrate: "aluminium",
    });
    expect(parseElcometerLine("   112.0 um   F1    ")).toMatchObject({ valueUm: 112, substrate: "steel" });
    // µ as one Latin-1 byte, and as UTF-8 read byte by byte
    expect(parseElcometerLine("   98 \xb5m   F2")).toMatchObject({ valueUm: 98, unit: "um" });
    expect(parseElcometerLine("   98 \xc2\xb5m   F2")).toMatchObject({ valueUm: 98, unit: "um" });
  });

  it("reads a probe field it does not know, or none, as an unknown substrate", () => {
    expect(parseElcometerLine("   3.14 mil  X1")).toMatchObject({ kind: "reading", substrate: "unknown" });
    expect(parseElcometerLine("   3.14 mil")).toMatchObject({ kind: "reading", substrate: "unknown" });
  });

  it("reports --- as no reading", () => {
    expect(parseElcometerLine("     ---      F1    ")).toEqual({ kind: "no-reading", raw: "     ---      F1    " });
    expect(parseElcometerLine("  --- mil  N1")).toMatchObject({ kind: "no-reading" });
  });

  it("refuses implausible values and calls a value without a unit garbage", () => {
    expect(parseElcometerLine("   0.00 mil  N1")).toMatchObject({ kind: "refused" });
    expect(parseElcometerLine("  6000 um   F1")).toMatchObject({ kind: "refused" });
    expect(parseElcometerLine("   3.14  N1")).toMatchObject({ kind: "garbage" });
    expect(parseElcometerLine("   3.14 parsecs N1")).toMatchObject({ kind: "garbage" });
  });
});
