/**
 * Contact data never reaches logs or the audit table in full:
 * `client@example.com` -> `c***t@example.com`, `+79001234567` -> `+7900***4567`.
 *
 * Only what really is an email address or a phone number is touched: dates,
 * epoch timestamps, amounts and ids pass through unchanged.
 */
const emailPattern = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/;
const emailInText = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** E.164 (`+79001234567`) or a Russian number written the local way (`8 (900) 123-45-67`, `+7 900 123 45 67`). */
const phonePattern = /^(?:\+[1-9]\d{7,14}|(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2})$/;
const phoneInText = /(?<![\w+])(?:\+[1-9]\d{7,14}|(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2})(?!\w)/g;

export function maskEmail(email: string): string {
  const match = emailPattern.exec(email);
  if (!match) return "***";
  const [, local = "", domain = ""] = match;
  const head = local.slice(0, 1);
  const tail = local.length > 2 ? local.slice(-1) : "";
  return `${head}***${tail}@${domain}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.length < 8) return "***";
  return `${digits.slice(0, 5)}***${digits.slice(-4)}`;
}

export const isEmail = (value: string) => emailPattern.test(value);
export const isPhone = (value: string) => phonePattern.test(value.trim());

/** Masks a single value if it is an email or a phone number; anything else comes back as it was. */
export function maskContact(value: string): string {
  if (isEmail(value)) return maskEmail(value);
  if (isPhone(value)) return maskPhone(value);
  return value;
}

/** Masks every email address and phone number inside free text (an error message, say). */
export function maskContactsInText(text: string): string {
  return text.replace(emailInText, maskEmail).replace(phoneInText, maskPhone);
}

/**
 * An Error as plain JSON: its type, message, code, stack and cause. Errors keep
 * these in non-enumerable properties, which a key-by-key copy would lose.
 */
export function serializeError(error: Error, depth = 0): Record<string, unknown> {
  const extra = error as Error & { code?: unknown; details?: unknown; cause?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.details !== undefined ? { details: extra.details } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(extra.cause !== undefined && depth < 5
      ? { cause: extra.cause instanceof Error ? serializeError(extra.cause, depth + 1) : extra.cause }
      : {}),
  };
}

const maxDepth = 12;

/**
 * Deeply masks contact data in a JSON-like value, for logs and audit details.
 * Errors are serialised first, dates become ISO strings, and numbers, booleans
 * and non-contact strings are left alone. Cycles and very deep values are cut.
 */
export function maskPii<T>(value: T): T {
  return maskValue(value, 0, new WeakSet()) as T;
}

function maskValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return maskContactsInText(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (seen.has(value)) return "[Circular]";
  if (depth >= maxDepth) return "[Truncated]";
  seen.add(value);
  try {
    if (value instanceof Error) return maskValue(serializeError(value), depth + 1, seen);
    if (Array.isArray(value)) return value.map((item: unknown) => maskValue(item, depth + 1, seen));
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskValue(inner, depth + 1, seen)]));
  } finally {
    seen.delete(value);
  }
}
