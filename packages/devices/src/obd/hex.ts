/**
 * An adapter line as hex digits only. The ELM prints spaces between bytes
 * unless `ATS0` took hold (some clones ignore it), so both `7E8 06 41 00` and
 * `7E8064100` are read; null when the line holds anything but hex and spaces.
 */
export function compactHex(line: string): string | null {
  const digits = line.replace(/\s+/g, "").toUpperCase();
  return /^[0-9A-F]+$/.test(digits) ? digits : null;
}

/** Hex digits to bytes; null for an odd count (a byte cut in half is not a byte). */
export function hexToBytes(digits: string): Uint8Array | null {
  if (digits.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(digits)) return null;
  const bytes = new Uint8Array(digits.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** Bytes as upper-case hex, `sep` between them: for messages and logs. */
export function bytesToHex(bytes: Uint8Array | readonly number[], sep = " "): string {
  return Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join(sep);
}
