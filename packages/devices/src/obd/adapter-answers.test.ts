import { describe, expect, it } from "vitest";
import { classifyAnswer } from "./adapter-answers";

describe("classifyAnswer", () => {
  it("calls hex lines data, spaces on or off", () => {
    expect(classifyAnswer(["7E8 06 41 00 BE 3F A8 13"])).toEqual({ kind: "data" });
    expect(classifyAnswer(["7E8064100BE3FA813", "7E9064100BE3FA813"])).toEqual({ kind: "data" });
  });

  it("skips search progress", () => {
    expect(classifyAnswer(["SEARCHING...", "7E8 06 41 00 BE 3F A8 13"])).toEqual({ kind: "data" });
    expect(classifyAnswer(["BUS INIT: ...OK", "48 6B 10 41 00 BE 3E B8 11 C9"])).toEqual({ kind: "data" });
  });

  it.each([
    ["NO DATA", "NO_DATA"],
    ["NODATA", "NO_DATA"],
    ["UNABLE TO CONNECT", "UNABLE_TO_CONNECT"],
    ["BUS INIT: ...ERROR", "BUS_INIT_ERROR"],
    ["BUS INIT: ERROR", "BUS_INIT_ERROR"],
    ["CAN ERROR", "CAN_ERROR"],
    ["BUS ERROR", "BUS_ERROR"],
    ["BUS BUSY", "BUS_ERROR"],
    ["FB ERROR", "BUS_ERROR"],
    ["DATA ERROR", "BUS_ERROR"],
    ["48 6B 10 41 00 BE 3E B8 11 C8 <DATA ERROR", "BUS_ERROR"],
    ["7E8 06 41 00 <RX ERROR", "BUS_ERROR"],
    ["BUFFER FULL", "BUFFER_FULL"],
    ["STOPPED", "STOPPED"],
    ["?", "UNKNOWN_COMMAND"],
    ["ERR94", "INTERNAL_ERROR"],
    ["LV RESET", "INTERNAL_ERROR"],
    ["ELM327 v1.5", "INTERNAL_ERROR"],
    ["12.8 Volts", "INTERNAL_ERROR"],
  ] as const)("names %j %s", (line, code) => {
    expect(classifyAnswer([line])).toEqual({ kind: "error", code, text: line });
  });

  it("makes an answer with frames and an adapter text an error, named by the first text", () => {
    expect(classifyAnswer(["7E8 10 14 49 02 01 31 48 47", "BUFFER FULL", "STOPPED"])).toEqual({
      kind: "error",
      code: "BUFFER_FULL",
      text: "BUFFER FULL",
    });
  });

  it("calls an empty answer NO_DATA", () => {
    expect(classifyAnswer([])).toEqual({ kind: "error", code: "NO_DATA", text: "" });
    expect(classifyAnswer(["SEARCHING..."])).toEqual({ kind: "error", code: "NO_DATA", text: "" });
  });

  it("trims the text it reports", () => {
    expect(classifyAnswer(["  UNABLE TO CONNECT "])).toEqual({
      kind: "error",
      code: "UNABLE_TO_CONNECT",
      text: "UNABLE TO CONNECT",
    });
  });
});
