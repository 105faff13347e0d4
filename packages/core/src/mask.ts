/**
 * Contact data never reaches logs or the audit table in full:
 * `client@example.com` -> `c***t@example.com`, `+79001234567` -> `+7900***4567`.
 */
const emailPattern = /^([^\s@]+)@([^\s@]+)$/;
const phonePattern = /^\+?[\d\s()-]{7,20}$/;

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

/** Masks a single value if it looks like an email or a phone number. */
export function maskContact(value: string): string {
  if (emailPattern.test(value)) return maskEmail(value);
  if (phonePattern.test(value) && /\d{7,}/.test(value.replace(/\D/g, ""))) return maskPhone(value);
  return value;
}

/** Deeply masks every string in a JSON-like value that looks like contact data. */
export function maskPii<T>(value: T): T {
  if (typeof value === "string") return maskContact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => maskPii(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskPii(inner)])) as T;
  }
  return value;
}
