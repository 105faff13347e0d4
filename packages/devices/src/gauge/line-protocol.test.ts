import { describe, expect, it } from "vitest";
import { parseLineProtocolLine } from "./line-protocol";

describe("the gauge line protocol", () => {
  it("reads a reading with its sequence number, substrate and zone", () => {
    expect(parseLineProtocolLine("M 1 121.4 um FE hood")).toEqual({
      kind: "reading",
      valueUm: 121.4,
      unit: "um",
      substrate: "steel",
      seq: 1,
      zone: "hood",
      raw: "M 1 121.4 um FE hood",
    });
    expect(parseLineProtocolLine("M 2 4.9 mil NFE")).toEqual({
      kind: "reading",
      valueUm: 124.5,
      unit: "mil",
      substrate: "aluminium",
      seq: 2,
      raw: "M 2 4.9 mil NFE",
    });
    expect(parseLineProtocolLine("m\t3  98 UM ?")).toMatchObject({
      kind: "reading",
      valueUm: 98,
      substrate: "unknown",
    });
  });

  it("refuses an implausible value with a reason", () => {
    expect(parseLineProtocolLine("M 4 0 um FE")).toEqual({
      kind: "refused",
      reason: "0 µm is not a coating (zero or negative: a lifted probe or a gauge not zeroed)",
      raw: "M 4 0 um FE",
    });
    expect(parseLineProtocolLine("M 5 5000.1 um FE")).toMatchObject({ kind: "refused" });
    expect(parseLineProtocolLine("M 6 5000 um FE")).toMatchObject({ kind: "reading", valueUm: 5000 });
  });

  it("reads error, battery and hello lines", () => {
    expect(parseLineProtocolLine("E PROBE probe lifted  during the reading")).toEqual({
      kind: "error",
      code: "PROBE",
      message: "probe lifted during the reading",
      raw: "E PROBE probe lifted  during the reading",
    });
    expect(parseLineProtocolLine("E CAL")).toMatchObject({ kind: "error", code: "CAL", message: "" });
    expect(parseLineProtocolLine("B 87")).toEqual({ kind: "battery", percent: 87, raw: "B 87" });
    expect(parseLineProtocolLine("H ACME-TG2 fw1.4")).toEqual({
      kind: "hello",
      model: "ACME-TG2 fw1.4",
      raw: "H ACME-TG2 fw1.4",
    });
  });

  it("calls every line that breaks a rule garbage", () => {
    const broken = [
      "M 1 121.4 um FE hood extra", // a field too many
      "M 1 121.4 um", // no substrate
      "M x 121.4 um FE", // seq not a number
      "M 1 1e2 um FE", // no exponents
      "M 1 121.4 mm FE", // only um and mil
      "M 1 121.4 um STEEL",
      "M 1 121.4 um FE front/left", // zone characters
      "B 101",
      "B -1",
      "B",
      "E",
      "E bad-code text",
      "H",
      "X 1 2 3",
      "hello",
    ];
    for (const line of broken) expect(parseLineProtocolLine(line)).toEqual({ kind: "garbage", raw: line });
  });
});
