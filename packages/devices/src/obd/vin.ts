/** Service 09 PID 02 (SAE J1979): the vehicle identification number. */
const VIN_RESPONSE = [0x49, 0x02] as const;
const VIN_LENGTH = 17;

/** ISO 3779: digits and capital letters without I, O and Q (they read as 1 and 0). */
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

/**
 * The VIN in a `49 02` answer. CAN sends `49 02 01` and the 17 characters; the
 * legacy buses send five numbered lines, joined by the frame layer into
 * `49 02` and 20 bytes of which the first 3 are zero padding. Either way the
 * VIN is the last 17 bytes (trailing NULs, which some ECUs add, dropped).
 * Null unless those are 17 VIN characters, and for an ECU that was never
 * programmed (one character repeated, e.g. all zeros).
 */
export function decodeVin(data: Uint8Array): string | null {
  if (data[0] !== VIN_RESPONSE[0] || data[1] !== VIN_RESPONSE[1]) return null;
  let end = data.length;
  while (end > 2 && data[end - 1] === 0x00) end--;
  if (end - 2 < VIN_LENGTH) return null;
  const vin = String.fromCharCode(...data.subarray(end - VIN_LENGTH, end));
  if (!VIN_PATTERN.test(vin) || new Set(vin).size === 1) return null;
  return vin;
}

/** ISO 3779 / 49 CFR 565 transliteration of letters to values for the check digit. */
// prettier-ignore
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * Whether position 9 holds the North American check digit (49 CFR 565: the
 * weighted sum modulo 11, 10 written X). Only informative: European and Asian
 * VINs often put something else there, so a mismatch never rejects a VIN.
 */
export function vinCheckDigitMatches(vin: string): boolean {
  if (!VIN_PATTERN.test(vin)) return false;
  let sum = 0;
  for (const [index, char] of [...vin].entries()) {
    const value = /\d/.test(char) ? Number(char) : (LETTER_VALUES[char] ?? 0);
    sum += value * (POSITION_WEIGHTS[index] ?? 0);
  }
  const remainder = sum % 11;
  return vin[8] === (remainder === 10 ? "X" : String(remainder));
}
