/**
 * Dates a customer reads (a report's date, its file name) are the kiosk's local
 * dates, in its configured IANA time zone, never the server's UTC.
 */
const formats = new Map<string, { day: Intl.DateTimeFormat; long: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string) {
  let found = formats.get(timeZone);
  if (!found) {
    found = {
      // en-CA writes dates as YYYY-MM-DD.
      day: new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
      long: new Intl.DateTimeFormat("ru-RU", { timeZone, dateStyle: "long", timeStyle: "short" }),
    };
    formats.set(timeZone, found);
  }
  return found;
}

/** Whether the runtime knows `timeZone` as an IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day of `ms` in `timeZone`: "2026-11-28". */
export const localDay = (ms: number, timeZone: string): string => formatsFor(timeZone).day.format(new Date(ms));

/** A date and time as a Russian reader expects it, with the zone named: "28 ноября 2026 г. в 01:30 (МСК)". */
export function localDateTime(ms: number, timeZone: string): string {
  const zone = timeZone === "Europe/Moscow" ? "МСК" : timeZone;
  return `${formatsFor(timeZone).long.format(new Date(ms))} (${zone})`;
}
