import { bytesToHex } from "./hex";
import type { EcuMessage } from "./types";

/** Messages as `{ ecu, data: "43 02 01 33" }`, so a test's expectation reads like the wire. */
export function asHex(messages: readonly EcuMessage[]): Array<{ ecu: string; data: string }> {
  return messages.map(({ ecu, data }) => ({ ecu, data: bytesToHex(data) }));
}

/** Hex text to bytes, spaces allowed: `bytes("43 01 01 33")`. */
export function bytes(hex: string): Uint8Array {
  const digits = hex.replace(/\s+/g, "");
  return Uint8Array.from(digits.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}
