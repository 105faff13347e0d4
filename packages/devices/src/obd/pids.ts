/** Service 01's positive response byte (SAE J1979). */
const CURRENT_DATA_RESPONSE = 0x41;

/**
 * The PIDs a `41 00` (or `41 20`, `41 40`, ...) answer says the ECU supports:
 * four bytes, most significant bit first, bit n standing for PID base+n+1.
 * `41 00 BE 3F A8 13` -> 01, 03-07, 0B-11, 13, 15, 1C, 1F, 20. Null when the
 * data is not such an answer.
 */
export function decodeSupportedPids(data: Uint8Array): number[] | null {
  const base = data[1];
  if (data[0] !== CURRENT_DATA_RESPONSE || base === undefined || base % 0x20 !== 0 || data.length < 6) return null;
  const supported: number[] = [];
  for (let bit = 0; bit < 32; bit++) {
    const byte = data[2 + (bit >> 3)] ?? 0;
    if (byte & (0x80 >> (bit & 7))) supported.push(base + bit + 1);
  }
  return supported;
}

export interface MonitorStatus {
  /** The malfunction indicator lamp ("check engine") is commanded on. */
  mil: boolean;
  /** How many emission-related codes the ECU has stored (service 03 lists them). */
  storedCount: number;
}

/** `41 01 A B C D` (SAE J1979 PID 01): byte A bit 7 is the MIL, bits 0-6 the stored code count. */
export function decodeMonitorStatus(data: Uint8Array): MonitorStatus | null {
  const a = data[2];
  if (data[0] !== CURRENT_DATA_RESPONSE || data[1] !== 0x01 || a === undefined) return null;
  return { mil: (a & 0x80) !== 0, storedCount: a & 0x7f };
}

/**
 * The adapter's `AT RV` answer, e.g. `12.6V` (some print `12.6`, `12.60 V`):
 * volts, or null for anything else (`?`, garbage).
 */
export function decodeBatteryVolts(text: string): number | null {
  const match = /^(\d{1,2}(?:\.\d{1,3})?)\s*V?$/i.exec(text.trim());
  return match?.[1] === undefined ? null : Number.parseFloat(match[1]);
}
