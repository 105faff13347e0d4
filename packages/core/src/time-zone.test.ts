import { describe, expect, it } from "vitest";
import { parseConfig } from "./config/parse";
import { isTimeZone, localDateTime, localDay } from "./time-zone";

// 22:30 UTC on 27 November is already 28 November in Moscow (UTC+3).
const lateEvening = Date.UTC(2026, 10, 27, 22, 30);

describe("the kiosk's time zone", () => {
  it("dates by the local day, not the UTC one", () => {
    expect(localDay(lateEvening, "Europe/Moscow")).toBe("2026-11-28");
    expect(localDay(lateEvening, "UTC")).toBe("2026-11-27");
    expect(localDay(lateEvening, "America/New_York")).toBe("2026-11-27");
  });

  it("prints the local time and names the zone", () => {
    expect(localDateTime(lateEvening, "Europe/Moscow")).toMatch(/28 ноября 2026.*01:30 \(МСК\)$/);
    expect(localDateTime(lateEvening, "Asia/Yekaterinburg")).toMatch(/28 ноября 2026.*03:30 \(Asia\/Yekaterinburg\)$/);
  });

  it("defaults to Moscow, takes TIMEZONE, and refuses a zone that does not exist", () => {
    expect(parseConfig({}, {}).timezone).toBe("Europe/Moscow");
    expect(parseConfig({}, { TIMEZONE: "Asia/Vladivostok" }).timezone).toBe("Asia/Vladivostok");
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(() => parseConfig({}, { TIMEZONE: "Mars/Olympus_Mons" })).toThrow(/TIMEZONE \(timezone\): must be an IANA/);
  });
});
