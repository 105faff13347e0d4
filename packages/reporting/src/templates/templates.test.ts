import { describe, expect, it } from "vitest";
import { pdfToText } from "../../test/pdftotext";
import { sixtyZones, testFonts, threeDtcs } from "../../test/deps";
import { assessThickness } from "../thickness";
import { createReportFonts } from "./font";
import { maskVin, renderDiagnosticsPdf } from "./diagnostics";
import { renderThicknessPdf } from "./thickness";

const ctx = {
  reportId: "rpt_test",
  companyName: "Автосервис «Киоск»",
  createdAt: Date.UTC(2026, 10, 26, 9),
  demo: false,
  timeZone: "Europe/Moscow",
  fonts: testFonts,
};
const diagnostics = {
  sessionId: "ses_test",
  vehicleMake: "Лада",
  vehicleModel: "Веста",
  vin: "XTA21900000123456",
  dtcCodes: threeDtcs,
  scanDurationSeconds: 95,
  timestamp: Date.UTC(2026, 10, 26, 9),
};

describe("the report fonts", () => {
  it("are the ones each set of services was given, not a module-level setting: a bad path fails only its own", async () => {
    const broken = createReportFonts({
      regular: "/nonexistent/DejaVuSans.ttf",
      bold: "/nonexistent/DejaVuSans-Bold.ttf",
    });
    await expect(renderDiagnosticsPdf(diagnostics, { ...ctx, fonts: broken })).rejects.toThrow(/ENOENT/);
    expect(pdfToText(await renderDiagnosticsPdf(diagnostics, ctx))).toContain("Лада Веста");
  });
});

describe("the diagnostics PDF", () => {
  it("prints Russian text that pdftotext reads back intact, with every code, the vehicle and a masked VIN", async () => {
    const text = pdfToText(await renderDiagnosticsPdf(diagnostics, ctx));
    expect(text).toContain("Отчёт о диагностике OBD-II");
    expect(text).toContain("Лада Веста");
    expect(text).toContain(maskVin("XTA21900000123456"));
    expect(text).not.toContain("XTA21900000123456");
    for (const dtc of threeDtcs) {
      expect(text).toContain(dtc.code);
      expect(text).toContain(dtc.description);
    }
    expect(text).toContain("Серьёзные неисправности (1)");
    expect(text).toContain("Автосервис «Киоск»");
    expect(text).not.toContain("ДЕМО");
  });

  it("says plainly when there is nothing wrong, and marks DEV reports ДЕМО on every page", async () => {
    const pdf = await renderDiagnosticsPdf({ ...diagnostics, dtcCodes: [] }, { ...ctx, demo: true });
    expect(pdfToText(pdf)).toContain("Неисправности не обнаружены");
    expect(pdfToText(pdf, "raw").replace(/\s+/g, "")).toContain("ДЕМО");
  });
});

describe("the thickness PDF", () => {
  it("lists every zone with its value and verdict, the summary and the recommendation, ДЕМО on each page", async () => {
    const measurements = sixtyZones();
    const assessment = assessThickness(
      { measurements },
      { normalMaxUm: 200, warningMaxUm: 300, aluminium: { normalMaxUm: 160, warningMaxUm: 260 } },
    );
    const pdf = await renderThicknessPdf(
      { sessionId: "ses_t", vehicleType: "minivan", measurements },
      assessment,
      { ...ctx, demo: true },
      { normalMaxUm: 200, warningMaxUm: 300 },
    );
    const text = pdfToText(pdf);
    expect(text).toContain("Отчёт о толщине лакокрасочного покрытия");
    expect(text).toContain("минивэн");
    for (const zone of measurements) expect(text).toMatch(new RegExp(`${zone.zone}\\s+${zone.valueUm}\\s`));
    expect(text).toContain("критично");
    expect(text).toContain(assessment.summary.recommendation.slice(0, 40));
    const pages = pdfToText(pdf, "raw")
      .split("\f")
      .filter((page) => page.trim().length > 0);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.replace(/\s+/g, "")).toContain("ДЕМО");
  });
});
