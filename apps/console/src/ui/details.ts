import { rubles } from "../format";

/** The details' keys that hold kopecks: shown in rubles like every other amount. */
const moneyKeys = new Set(["amount", "refundedAmount", "left", "expected", "received"]);

function valueText(key: string, value: unknown): string {
  if (moneyKeys.has(key) && typeof value === "number") return rubles(value);
  if (typeof value === "string") return value;
  // A nested object (a masked contact) reads as its own "key value" pairs, not as JSON.
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([innerKey, inner]) => `${innerKey} ${valueText(innerKey, inner)}`)
      .join(", ");
  }
  return JSON.stringify(value);
}

/** An event's or action's details as the kiosk masked them, "key: value · …", money in rubles, empty ones left out. */
export const detailsText = (details: unknown): string =>
  Object.entries((details ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${valueText(key, value)}`)
    .join(" · ");
