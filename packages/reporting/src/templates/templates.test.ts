import { inflateSync } from "node:zlib";
import { thicknessZones, verdictColours } from "@kiosk/core";
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
    expect(text).toContain("Зон вне схемы: 60");
    expect(text).not.toContain("Основа");
  });

  it("draws the car as vector paths, each zone filled by its verdict, no image; the table names every zone", async () => {
    const zones = thicknessZones("sedan");
    const measurements = zones.map((zone, i) => ({
      zone: zone.id,
      valueUm: [120, 240, 410][i % 7 === 3 ? 1 : i % 11 === 5 ? 2 : 0] ?? 120,
      ...(zone.panel === "hood" ? { substrate: "aluminium" as const } : {}),
    }));
    const thresholds = { normalMaxUm: 200, warningMaxUm: 300, aluminium: { normalMaxUm: 160, warningMaxUm: 260 } };
    const assessment = assessThickness({ vehicleType: "sedan", measurements: measurements.slice(0, 40) }, thresholds);
    const pdf = await renderThicknessPdf(
      { sessionId: "ses_t", vehicleType: "sedan", measurements: measurements.slice(0, 40) },
      assessment,
      ctx,
      thresholds,
    );

    expect(pdf.toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
    const fills = fillColours(pdf);
    const { counts } = assessment.summary;
    // One fill per zone of its verdict, one per legend swatch; the 5 zones not measured are grey.
    expect(fills.get(verdictColours.normal.fill)).toBe(counts.normal + 1);
    expect(fills.get(verdictColours.warning.fill)).toBe(counts.warning + 1);
    expect(fills.get(verdictColours.critical.fill)).toBe(counts.critical + 1);
    expect(fills.get(verdictColours.unmeasured.fill)).toBe(zones.length - 40 + 1);
    expect([counts.warning, counts.critical].every((count) => count > 0)).toBe(true);

    const text = pdfToText(pdf);
    expect(text).toContain("Схема кузова");
    expect(text).toContain("Измерения по зонам");
    for (const zone of assessment.zones) expect(text).toMatch(new RegExp(`${zone.label}\\s+${zone.valueUm}\\s`));
    expect(text).toMatch(/Капот, центр\s+\d+\s+алюминий/);
    expect(text).toMatch(/Крыша, центр\s+\d+\s+—/);
    expect(text.replace(/\s+/g, " ")).toContain("алюминий — до 160 мкм норма");
    expect(text).not.toContain("Зон вне схемы");
    const firstPage = pdfToText(pdf).split("\f")[0] ?? "";
    expect(firstPage).toContain("Схема кузова");
    expect(firstPage).toContain("Левая");
  });
});

/** How many times each fill colour is set in the PDF's content streams, by its hex code. */
function fillColours(pdf: Buffer): Map<string, number> {
  const source = pdf.toString("latin1");
  const counts = new Map<string, number>();
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const [, r, g, b] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) scn/g)) {
      const hex = `#${[r, g, b]
        .map((part) =>
          Math.round(Number(part) * 255)
            .toString(16)
            .padStart(2, "0"),
        )
        .join("")}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
  }
  return counts;
}
