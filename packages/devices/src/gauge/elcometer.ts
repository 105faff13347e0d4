import { NUMBER, thickness, unitOf } from "./normalise";
import type { GaugeEvent, Substrate } from "./types";

/**
 * Elcometer 456 over Bluetooth SPP (an rfcomm tty): a right-aligned value, its
 * unit, and a probe field, padded with spaces: `   3.14 mil  N1    \r\n`,
 * `    70.7 um   N1    `, and `     ---      F1    ` when the gauge took no
 * reading.
 *
 * No Elcometer document of this stream is public. The lines above are the ones
 * two public readers of a real 456 were written against (nio-blocks/elcometer456
 * and a Web Serial reader). The probe field's letter is read as the substrate
 * measured, F ferrous (steel) and N non-ferrous (aluminium), as Elcometer names
 * its F, N and FNF probes; the digit after it is kept in `raw` only, its meaning
 * (a probe or batch index) is not confirmed. Any other letter reads as unknown.
 */
const LINE = new RegExp(String.raw`^(---|${NUMBER})(?:\s*([^\s\d.+-]+))?(?:\s+([A-Za-z]+)(\d*))?$`);

const substrates: Record<string, Substrate> = { F: "steel", N: "aluminium" };

export function parseElcometerLine(line: string): GaugeEvent {
  const match = LINE.exec(line.trim());
  if (!match) return { kind: "garbage", raw: line };
  const [, value, unitToken, probe] = match;
  if (value === "---") return { kind: "no-reading", raw: line };
  const unit = unitToken ? unitOf(unitToken) : null;
  // A value without a unit cannot be normalised: µm and mils differ 25-fold.
  if (value === undefined || !unit) return { kind: "garbage", raw: line };
  const measured = thickness(value, unit);
  if ("refused" in measured) return { kind: "refused", reason: measured.refused, raw: line };
  const substrate = (probe === undefined ? undefined : substrates[probe.toUpperCase()]) ?? "unknown";
  return { kind: "reading", valueUm: measured.valueUm, unit: measured.unit, substrate, raw: line };
}
