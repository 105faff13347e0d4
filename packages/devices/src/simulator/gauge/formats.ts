/**
 * The lines three paint-thickness gauges put on the wire, as pure functions, written
 * from what each maker publishes (see the notes on each) and not from our drivers.
 *
 * - DeFelsko PosiTector 6000 (RS-232 / USB serial): each reading as it is taken,
 *   `<STX> 15.0mil NONFE<CR><LF>` (the v4.0 user manual, "Downloading Measurements As
 *   They Are Taken": STX = 02, CR = 13, LF = 10). The manual shows only that one
 *   example; the µm form (`<STX> 381um FE`), FE for a steel substrate, whole µm and one
 *   decimal in mils follow the example's shape and are ours.
 * - Elcometer 456 (Bluetooth SPP, 9600 8N1): `   3.14 mil  N1    \r\n` (bytes read
 *   from a gauge in nio-blocks/elcometer456), `   70.7 um   N1    ` in µm (a Web Serial
 *   reader's comment), `---` in the value's place when there is no reading. The
 *   columns (value right-aligned in 7, the unit in 3, the two-letter field, four
 *   spaces) fit both examples. The field's letter is ours to read: F over steel, N
 *   over aluminium (ferrous / non-ferrous, as the 456's probes are named), then the
 *   batch number.
 * - The project's own line protocol (packages/devices/src/gauge/line-protocol.md):
 *   `M <seq> <value> <um|mil> <FE|NFE|?> [zone]`, `E <code> [text]`, `B <percent>`,
 *   `H <model>`, each ended by CR LF. A lifted probe is `E PROBE ...`, as in its example.
 */

export type GaugeFormat = "positector" | "elcometer" | "line";
export type GaugeUnit = "um" | "mil";
export type Substrate = "steel" | "aluminium";

export const gaugeFormats: readonly GaugeFormat[] = ["positector", "elcometer", "line"];

/** One reading as the gauge measured it; `substrate` "unknown" only the line protocol can say ("?"). */
export interface GaugeReading {
  valueUm: number;
  substrate: Substrate | "unknown";
  /** The zone's id; only the line protocol carries it. */
  zone?: string;
}

export const UM_PER_MIL = 25.4;
const STX = "\x02";
const CRLF = "\r\n";

/** Why a format cannot say something: the PosiTector has no battery line, for one. */
export class UnsupportedLineError extends Error {
  constructor(format: GaugeFormat, what: string) {
    super(`the ${format} format has no ${what} line`);
    this.name = "UnsupportedLineError";
  }
}

/** Fixed decimals, with "-0.0" printed as "0.0". */
const fixed = (value: number, decimals: number): string => {
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
};

/** A value in the unit at the resolution each gauge shows. */
export function displayValue(format: GaugeFormat, valueUm: number, unit: GaugeUnit): string {
  const value = unit === "um" ? valueUm : valueUm / UM_PER_MIL;
  switch (format) {
    case "positector":
      return unit === "um" ? fixed(value, 0) : fixed(value, 1);
    case "elcometer":
      // 0.1 µm under 100 µm, 1 µm above; 0.01 mil under 5 mils, 0.1 mil above.
      if (unit === "um") return fixed(value, Math.abs(value) < 100 ? 1 : 0);
      return fixed(value, Math.abs(value) < 5 ? 2 : 1);
    case "line":
      // µm to 0.1, without a trailing ".0"; mils to 0.01.
      return unit === "um" ? String(Number(fixed(value, 1))) : fixed(value, 2);
  }
}

/** The Elcometer's two-letter field: substrate letter, then batch. */
export const elcometerField = (substrate: Substrate, batch = 1): string =>
  `${substrate === "steel" ? "F" : "N"}${batch}`;

function elcometerLine(value: string, unit: GaugeUnit, field: string): string {
  return `${value.padStart(7)} ${unit.padEnd(3)}  ${field}    ${CRLF}`;
}

/** The one line a reading makes in `format` (`seq` numbers the line protocol's M lines from 1). */
export function readingLine(format: GaugeFormat, reading: GaugeReading, unit: GaugeUnit, seq: number): string {
  const value = displayValue(format, reading.valueUm, unit);
  const { substrate, zone } = reading;
  if (format === "line") {
    if (zone !== undefined && !/^\S+$/.test(zone)) throw new Error(`a zone id has no spaces: "${zone}"`);
    const material = substrate === "steel" ? "FE" : substrate === "aluminium" ? "NFE" : "?";
    return `M ${seq} ${value} ${unit} ${material}${zone === undefined ? "" : ` ${zone}`}${CRLF}`;
  }
  if (substrate === "unknown") throw new UnsupportedLineError(format, "unknown-substrate");
  if (format === "positector") return `${STX} ${value}${unit} ${substrate === "steel" ? "FE" : "NONFE"}${CRLF}`;
  return elcometerLine(value, unit, elcometerField(substrate));
}

/**
 * The probe lifted before a reading: the Elcometer prints `---`, the line protocol an
 * `E NO_READING` line, and the PosiTector nothing at all (it sends readings only).
 */
export function noReadingLine(format: GaugeFormat, unit: GaugeUnit, substrate: Substrate): string {
  switch (format) {
    case "elcometer":
      return elcometerLine("---", unit, elcometerField(substrate));
    case "line":
      return errorLine("line", "PROBE", "probe lifted during the reading");
    case "positector":
      return "";
  }
}

/** `message` may be empty (the spec's text is optional). Codes are not checked, so a test can send a bad one. */
export function errorLine(format: GaugeFormat, code: string, message: string): string {
  if (format !== "line") throw new UnsupportedLineError(format, "error");
  if (!/^\S+$/.test(code)) throw new Error(`an error code has no spaces: "${code}"`);
  return `E ${code}${message ? ` ${message}` : ""}${CRLF}`;
}

export function helloLine(format: GaugeFormat, model: string): string {
  if (format !== "line") throw new UnsupportedLineError(format, "hello");
  return `H ${model}${CRLF}`;
}

export function batteryLine(format: GaugeFormat, percent: number): string {
  if (format !== "line") throw new UnsupportedLineError(format, "battery");
  return `B ${Math.round(percent)}${CRLF}`;
}

/** A framed line that means nothing: a Bluetooth link's noise as it reconnects. */
export const GARBAGE_LINE: Uint8Array = Uint8Array.from([0xfe, 0xff, 0x23, 0x40, 0x21, 0x00, 0x0d, 0x0a]);
