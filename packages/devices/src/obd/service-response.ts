/**
 * SAE J1979 answers: a positive response is the request's service + 0x40; a
 * negative one is `7F <service> <code>` (the codes of ISO 14229 / ISO 14230).
 */
export interface NegativeResponse {
  /** The service that was refused, e.g. 0x0A. */
  service: number;
  /** The reason: 0x11 service not supported, 0x12 sub-function not supported, 0x78 response pending, ... */
  code: number;
}

export const NEGATIVE_RESPONSE = 0x7f;
/** "Request correctly received, response pending": the real answer follows from the same ECU. */
export const RESPONSE_PENDING = 0x78;

export function negativeResponseOf(data: Uint8Array): NegativeResponse | null {
  if (data[0] !== NEGATIVE_RESPONSE || data.length < 3) return null;
  return { service: data[1] ?? 0, code: data[2] ?? 0 };
}

/** A `7F xx 78` is a promise, not an answer: the decoder drops it and waits for what follows. */
export function isResponsePending(data: Uint8Array): boolean {
  return negativeResponseOf(data)?.code === RESPONSE_PENDING;
}
