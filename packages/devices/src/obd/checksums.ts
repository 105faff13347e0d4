/**
 * The check byte a legacy OBD frame ends with. The ELM327 verifies it itself and
 * prints `<DATA ERROR` when it fails, but with headers on (`ATH1`) it shows the
 * byte, so the decoder checks it again: a clone or a line garbled on the serial
 * side must not turn into trouble codes.
 */

/** ISO 9141-2 and ISO 14230-2 (KWP2000): the sum of every byte before it, header included, modulo 256. */
export function sum8(bytes: Uint8Array): number {
  let sum = 0;
  for (const byte of bytes) sum = (sum + byte) & 0xff;
  return sum;
}

/**
 * SAE J1850 (PWM and VPW): CRC-8 with polynomial x^8+x^4+x^3+x^2+1 (0x1D),
 * register preset to 0xFF and the result inverted, over header and data.
 * (Catalogued as CRC-8/SAE-J1850; its check value for "123456789" is 0x4B.)
 */
export function crc8J1850(bytes: Uint8Array): number {
  let crc = 0xff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
    }
  }
  return crc ^ 0xff;
}
