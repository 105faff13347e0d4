/** The wire formats a gauge driver reads; each has a parser of its own (positector.ts, elcometer.ts, line-protocol.ts). */
export const gaugeFormats = ["positector", "elcometer", "line"] as const;
export type GaugeFormat = (typeof gaugeFormats)[number];

/**
 * What the coating lies on. Kept with every reading because the verdict's
 * thresholds differ: a factory coat on aluminium panels is thinner than on steel.
 */
export type Substrate = "steel" | "aluminium" | "unknown";

/** The unit the gauge displayed; the value itself is always carried in µm. */
export type ThicknessUnit = "um" | "mil";

/**
 * One line from a gauge, parsed. Every line becomes exactly one event, so a
 * caller can count what a gauge sent as well as use what it measured.
 */
export type GaugeEvent =
  | {
      kind: "reading";
      /** Normalised to µm (1 mil = 25.4 µm), rounded to 0.1 µm. */
      valueUm: number;
      substrate: Substrate;
      unit: ThicknessUnit;
      /** The line protocol's sequence number; absent in the other formats. */
      seq?: number;
      /** The zone the gauge (or an adapter board with zone keys) says it measured; line protocol only. */
      zone?: string;
      raw: string;
    }
  /** The gauge reported that it took no reading (the Elcometer's `---`). */
  | { kind: "no-reading"; raw: string }
  /** The gauge reported a fault (line protocol `E`). */
  | { kind: "error"; code: string; message: string; raw: string }
  | { kind: "battery"; percent: number; raw: string }
  /** The gauge introduced itself (line protocol `H`): proof it is there before any reading. */
  | { kind: "hello"; model: string; raw: string }
  /** A well-formed reading whose value cannot be a coat of paint (zero, negative, too thick) or is in a unit not taken. */
  | { kind: "refused"; reason: string; raw: string }
  /** Not a line of this format: noise, a wrong baud rate, a wrong format configured, or a line cut at 512 bytes. */
  | { kind: "garbage"; raw: string };

export type GaugeReading = Extract<GaugeEvent, { kind: "reading" }>;

/** A line parser: pure, one line (without its terminator) in, one event out. */
export type GaugeLineParser = (line: string) => GaugeEvent;
