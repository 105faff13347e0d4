/** Money and time as an operator reads them: rubles with kopecks, the kiosk's own clock. */

/** The console shows a kiosk's times in its zone; this one until the kiosk has said its own. */
export const defaultTimeZone = "Europe/Moscow";

const rublesFormat = new Intl.NumberFormat("ru-RU", { style: "currency", currency: "RUB", minimumFractionDigits: 2 });

/** 123456 kopecks as "1 234,56 ₽". */
export const rubles = (kopecks: number): string => rublesFormat.format(kopecks / 100);

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as "01.12.2025, 14:05:09" on the kiosk's wall clock. */
export function kioskTime(at: Date | number | null | undefined, timeZone: string | null | undefined): string {
  if (at === null || at === undefined) return "—";
  const zone = timeZone ?? defaultTimeZone;
  let format = timeFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("ru-RU", { timeZone: zone, dateStyle: "short", timeStyle: "medium" });
    timeFormats.set(zone, format);
  }
  return format.format(at);
}

/**
 * "450,00" or "450" typed by a person, as kopecks; null when it is not an amount.
 * Spaces (a thousands separator) are ignored; a comma or a dot starts the kopecks.
 */
export function kopecksOf(text: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0₽]/g, ""));
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** The start of a day typed in a date field (YYYY-MM-DD), as epoch ms in `timeZone`. */
export function dayStart(date: string, timeZone: string = defaultTimeZone): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
}

const dayMs = 24 * 60 * 60_000;

/** A search's days, from and to (YYYY-MM-DD), both whole, as epoch ms in `timeZone`; a day left empty is no bound. */
export function dayRange(fromDay: string, toDay: string, timeZone?: string): { from?: number; to?: number } {
  const from = dayStart(fromDay, timeZone);
  const to = dayStart(toDay, timeZone);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to: to + dayMs - 1 } : {}) };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`. */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at / 1000) * 1000;
}
