import { NUMBER, thickness, unitOf, withoutStx } from "./normalise";
import type { GaugeEvent, Substrate } from "./types";

/**
 * DeFelsko PosiTector 6000, readings sent over its RS-232 cable (or the USB
 * serial stream) as they are taken: `<STX> 15.0mil NONFE<CR><LF>`.
 *
 * The form is the one the PosiTector 6000 v4.0 manual gives ("Downloading
 * measurements as they are taken", p. 23): STX, a space, the value glued to its
 * unit, a space, the substrate. That manual shows only the mil/NONFE example;
 * `381um FE` (µm, ferrous) is read by analogy and is not confirmed by a public
 * document, nor is any line for "no reading" (none is known, so none is parsed).
 * A missing substrate word (a probe that does not report one) reads as unknown.
 */
const READING = new RegExp(String.raw`^(${NUMBER})\s*([^\s\d.+-]+)(?:\s+(\S+))?$`);

const substrates: Record<string, Substrate> = { FE: "steel", NONFE: "aluminium" };

export function parsePositectorLine(line: string): GaugeEvent {
  const match = READING.exec(withoutStx(line).trim());
  const [, value, unitToken, substrateToken] = match ?? [];
  const unit = unitToken ? unitOf(unitToken) : null;
  if (value === undefined || !unit) return { kind: "garbage", raw: line };
  const substrate = substrateToken === undefined ? "unknown" : substrates[substrateToken.toUpperCase()];
  if (!substrate) return { kind: "garbage", raw: line };
  const measured = thickness(value, unit);
  if ("refused" in measured) return { kind: "refused", reason: measured.refused, raw: line };
  return { kind: "reading", valueUm: measured.valueUm, unit: measured.unit, substrate, raw: line };
}
