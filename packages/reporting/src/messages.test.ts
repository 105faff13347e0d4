import { describe, expect, it } from "vitest";
import { linkSmsText, smsSegments, smsText } from "./messages";

const link = "https://bo.kiosk-fleet.ru/r/AbCdEfGhIjKlMnOpQrStUv";
const report = { id: "rpt_01JX2Y3ZABCDEFGHJKMNPQRSTV", type: "thickness" as const };

describe("SMS segments", () => {
  it("count GSM-7 in 160/153 and UCS-2 (any Cyrillic) in 70/67", () => {
    expect(smsSegments("a".repeat(160))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
    expect(smsSegments("a".repeat(161)).segments).toBe(2);
    expect(smsSegments("€".repeat(80))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
    expect(smsSegments("я".repeat(70))).toEqual({ encoding: "ucs2", units: 70, segments: 1 });
    expect(smsSegments("я".repeat(71)).segments).toBe(2);
    expect(smsSegments("я".repeat(134)).segments).toBe(2);
    expect(smsSegments("я".repeat(135)).segments).toBe(3);
  });

  it("keep a message with the link within two segments, even for a long company name", () => {
    for (const company of ["Автосервис «Киоск»", "Я".repeat(80)]) {
      const first = smsText(report, company, null, { url: link, coming: true });
      const followUp = linkSmsText(company, link);
      for (const text of [first, followUp]) {
        expect(text).toContain(link);
        expect(smsSegments(text).segments).toBeLessThanOrEqual(2);
      }
    }
    expect(smsText(report, "Автосервис «Киоск»", null, { url: link, coming: true })).toBe(
      `Автосервис «Киоск»: отчёт готов ${link}`,
    );
  });

  it("say a link will follow only when one is on its way, and as today without a fleet", () => {
    expect(smsText(report, "К", null, { url: null, coming: true })).toContain("придёт следующим SMS");
    expect(smsText(report, "К", null)).toContain("у оператора");
    const toEmail = smsText(report, "К", "client@example.com");
    expect(toEmail).toContain("@example.com");
    expect(toEmail).not.toContain("client@example.com");
  });
});
