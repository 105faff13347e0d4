import { NUMBER, thickness, unitOf, withoutStx } from "./normalise";
import type { GaugeEvent, Substrate } from "./types";

/**
 * The project's own line protocol for any other gauge or an adapter board in
 * front of one; line-protocol.md is its specification, and this parser follows
 * it to the letter: a line that breaks a rule is garbage, never a guess.
 */

const SEQ = /^\d{1,9}$/;
const VALUE = new RegExp(`^${NUMBER}$`);
const ZONE = /^[A-Za-z0-9_.-]{1,32}$/;
const ERROR_CODE = /^[A-Za-z0-9_]{1,32}$/;
const PERCENT = /^\d{1,3}$/;
const MAX_MODEL = 64;

const substrates: Record<string, Substrate> = { FE: "steel", NFE: "aluminium", "?": "unknown" };

export function parseLineProtocolLine(line: string): GaugeEvent {
  const text = withoutStx(line).trim();
  const [keyword = "", ...fields] = text.split(/[ \t]+/);
  switch (keyword.toUpperCase()) {
    case "M":
      return measurement(fields, line);
    case "E":
      return fault(fields, line);
    case "B":
      return battery(fields, line);
    case "H":
      return hello(fields, line);
    default:
      return { kind: "garbage", raw: line };
  }
}

/** `M <seq> <value> <um|mil> <FE|NFE|?> [zone]` */
function measurement(fields: string[], raw: string): GaugeEvent {
  const [seq, value, unitToken, substrateToken, zone, ...extra] = fields;
  if (!seq || !value || !unitToken || !substrateToken || extra.length > 0) return { kind: "garbage", raw };
  const unit = unitOf(unitToken);
  const substrate = substrates[substrateToken.toUpperCase()];
  // The protocol has two units; anything else is a sender's bug, not a setting to explain.
  if (!SEQ.test(seq) || !VALUE.test(value) || (unit !== "um" && unit !== "mil") || !substrate) {
    return { kind: "garbage", raw };
  }
  if (zone !== undefined && !ZONE.test(zone)) return { kind: "garbage", raw };
  const measured = thickness(value, unit);
  if ("refused" in measured) return { kind: "refused", reason: measured.refused, raw };
  return {
    kind: "reading",
    valueUm: measured.valueUm,
    unit: measured.unit,
    substrate,
    seq: Number(seq),
    ...(zone === undefined ? {} : { zone }),
    raw,
  };
}

/** `E <code> [text]`: the text is the rest of the line, spaces and all. */
function fault(fields: string[], raw: string): GaugeEvent {
  const [code, ...words] = fields;
  if (!code || !ERROR_CODE.test(code)) return { kind: "garbage", raw };
  return { kind: "error", code: code.toUpperCase(), message: words.join(" "), raw };
}

/** `B <percent>`, 0 to 100. */
function battery(fields: string[], raw: string): GaugeEvent {
  const [percent, ...extra] = fields;
  if (!percent || !PERCENT.test(percent) || Number(percent) > 100 || extra.length > 0) return { kind: "garbage", raw };
  return { kind: "battery", percent: Number(percent), raw };
}

/** `H <model and firmware>`, up to 64 characters. */
function hello(fields: string[], raw: string): GaugeEvent {
  const model = fields.join(" ");
  if (model === "" || model.length > MAX_MODEL) return { kind: "garbage", raw };
  return { kind: "hello", model, raw };
}
