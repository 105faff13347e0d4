import type { ThicknessUnit } from "./types";

export const UM_PER_MIL = 25.4;

/**
 * Above this no reading is a coat of paint: a factory coat is 80–150 µm, a
 * respray with filler reaches 1000–2000 µm. A larger value is a probe held
 * off the panel, on plastic or on glass.
 */
export const MAX_PLAUSIBLE_UM = 5000;

/** A decimal number as gauges print it: `15.0`, `381`, `.5`, a sign when the zero was off. */
export const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)`;

/** A PosiTector line starts with STX; the framer drops it, a parser called directly drops it too. */
export const withoutStx = (line: string) => (line.startsWith("\x02") ? line.slice(1) : line);

/** The units a gauge can be set to; only µm and mils are taken, the others are refused with a reason. */
type AnyUnit = ThicknessUnit | "mm" | "in";

/**
 * The unit a gauge printed, whatever its spelling. `µ` arrives as one Latin-1
 * byte (0xB5) from some gauges and as UTF-8 (C2 B5, read as `Âµ`) from others;
 * the Greek mu (U+03BC) is there for gauges that print it.
 */
export function unitOf(token: string): AnyUnit | null {
  switch (token.toLowerCase()) {
    case "um":
    case "µm":
    case "âµm":
    case "μm":
    case "micron":
    case "microns":
      return "um";
    case "mil":
    case "mils":
      return "mil";
    case "mm":
      return "mm";
    case "in":
    case "inch":
      return "in";
    default:
      return null;
  }
}

export type Thickness = { valueUm: number; unit: ThicknessUnit } | { refused: string };

/**
 * A printed value in µm, rounded to 0.1 µm (the gauges' own resolution), or
 * why it is refused. Zero is refused too: no painted panel reads 0 µm, a probe
 * that was lifted or not zeroed does.
 */
export function thickness(valueText: string, unit: AnyUnit): Thickness {
  if (unit === "mm" || unit === "in") {
    return { refused: `the gauge is set to ${unit}: set it to µm or mils` };
  }
  const value = Number(valueText);
  if (!Number.isFinite(value)) return { refused: `${JSON.stringify(valueText)} is not a number` };
  const valueUm = Math.round(value * (unit === "mil" ? UM_PER_MIL : 1) * 10) / 10;
  if (valueUm <= 0) {
    const shown = `${valueText} ${unit === "um" ? "µm" : "mil"}`;
    return { refused: `${shown} is not a coating (zero or negative: a lifted probe or a gauge not zeroed)` };
  }
  if (valueUm > MAX_PLAUSIBLE_UM) {
    return { refused: `${valueUm} µm is above ${MAX_PLAUSIBLE_UM} µm: no paint is that thick (a probe off the metal)` };
  }
  return { valueUm, unit };
}
