/**
 * What a simulated technician does with the gauge, as data: the simulator plays a
 * script's steps one by one (auto mode), nothing here runs.
 */
import { type GaugeReading, type Substrate } from "./formats";

export type GaugeStep =
  | ({ kind: "reading" } & GaugeReading & {
        /** Written in two chunks, split at this byte (a UART or SPP packet boundary mid-line). */
        splitAt?: number;
      })
  | { kind: "noReading" }
  | { kind: "error"; code: string; message: string }
  | { kind: "battery"; percent: number }
  | { kind: "hello"; model: string }
  /** The last reading's line sent again, byte for byte (a radio retry: the line protocol keeps its seq). */
  | { kind: "repeat" }
  /** A framed line of noise. */
  | { kind: "garbage" }
  /** A value no probe can give (the driver must refuse it). */
  | { kind: "outOfRange"; valueUm?: number };

/** Beyond every probe of the three gauges, and the line protocol's 5000 µm ceiling. */
export const OUT_OF_RANGE_UM = 99_999;

/** Paint as it comes from the factory, repainted, or over filler: plausible µm, the same every run. */
export function paintValueUm(index: number): number {
  if (index % 13 === 12) return 420 + ((index * 37) % 300); // filler under the paint
  if (index % 7 === 6) return 215 + ((index * 17) % 60); // repainted
  return 95 + ((index * 29) % 55); // factory paint
}

/**
 * One reading per zone, in the zones' order: pass the vehicle's zone ids (the list the
 * kiosk and the report share) and get a script of plausible values for it.
 */
export function scriptForZones(
  zones: readonly string[],
  options: { substrate?: Substrate; valueUm?: (index: number) => number; withZones?: boolean } = {},
): GaugeStep[] {
  const value = options.valueUm ?? paintValueUm;
  return zones.map((zone, index) => ({
    kind: "reading",
    valueUm: value(index),
    substrate: options.substrate ?? "steel",
    ...(options.withZones ? { zone } : {}),
  }));
}

/** `count` readings with no zone ids: the PosiTector and Elcometer never carry one. */
export const scriptOfReadings = (count: number, substrate: Substrate = "steel"): GaugeStep[] =>
  scriptForZones(
    Array.from({ length: count }, (_, index) => String(index + 1)),
    { substrate },
  );

/**
 * The quirks a driver meets between good readings: a line split in two writes, the
 * probe lifted (no reading), a garbage line, a value out of range, a reading sent twice.
 * Yields: 120 µm steel (split), no reading, garbage, 99 999 µm, 98 µm aluminium, the
 * same 98 µm line again.
 */
export const quirkyScript: readonly GaugeStep[] = [
  { kind: "reading", valueUm: 120, substrate: "steel", splitAt: 4 },
  { kind: "noReading" },
  { kind: "garbage" },
  { kind: "outOfRange" },
  { kind: "reading", valueUm: 98, substrate: "aluminium" },
  { kind: "repeat" },
];
