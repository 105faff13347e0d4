import type { VehicleType } from "@kiosk/core";
import type { ThicknessReportInput, ZoneVerdict } from "../schemas";
import type { ThicknessSummary, ZoneResult } from "../thickness";
import {
  colors,
  demoWatermark,
  ensureSpace,
  footer,
  header,
  heading,
  newDocument,
  render,
  rule,
  type ReportContext,
} from "./layout";

export const thicknessTemplateVersion = "thickness@1";

const verdictNames: Record<ZoneVerdict, string> = { normal: "норма", warning: "внимание", critical: "критично" };
const vehicleNames: Record<VehicleType, string> = { sedan: "седан", hatchback: "хэтчбек", minivan: "минивэн" };

/** The paint thickness report: every zone with its value and verdict, then the summary. */
export async function renderThicknessPdf(
  data: ThicknessReportInput,
  assessment: { zones: ZoneResult[]; summary: ThicknessSummary },
  ctx: ReportContext,
  thresholds: { normalMaxUm: number; warningMaxUm: number },
): Promise<Buffer> {
  const doc = await newDocument(ctx.fonts, "Отчёт о толщине лакокрасочного покрытия");
  const vehicle = [data.vehicleMake, data.vehicleModel].filter(Boolean).join(" ");
  header(doc, {
    companyName: ctx.companyName,
    title: "Отчёт о толщине лакокрасочного покрытия",
    reportId: ctx.reportId,
    sessionId: data.sessionId,
    vehicle: `${vehicle ? `${vehicle}, ` : ""}${vehicleNames[data.vehicleType]}`,
    createdAt: ctx.createdAt,
    timeZone: ctx.timeZone,
  });
  const { summary } = assessment;
  heading(doc, "Итог");
  doc.font("bold").fontSize(11).fillColor(colors[summary.overall]).text(summary.recommendation);
  doc.moveDown(0.4);
  doc.font("regular").fontSize(10).fillColor(colors.text);
  doc.text(
    `Зон измерено: ${assessment.zones.length}. Минимум ${summary.minUm} мкм, максимум ${summary.maxUm} мкм, среднее ${summary.averageUm} мкм.`,
  );
  doc.text(
    `Норма: ${summary.counts.normal}, внимание: ${summary.counts.warning}, критично: ${summary.counts.critical}.`,
  );
  doc
    .fillColor(colors.muted)
    .text(`Пороги: до ${thresholds.normalMaxUm} мкм норма, до ${thresholds.warningMaxUm} мкм внимание, выше критично.`);
  rule(doc);

  heading(doc, "Измерения по зонам");
  const left = doc.page.margins.left;
  const columns = [left, left + 280, left + 380];
  const row = (cells: [string, string, string], color: string = colors.text, bold = false) => {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font(bold ? "bold" : "regular").fontSize(10);
    doc.fillColor(colors.text).text(cells[0], columns[0], y, { width: 270, lineBreak: false });
    doc.text(cells[1], columns[1], y, { width: 90, align: "right", lineBreak: false });
    doc.fillColor(color).text(cells[2], columns[2], y, { width: 110, lineBreak: false });
    doc.x = left;
    doc.y = y + 15;
  };
  row(["Зона", "Толщина, мкм", "Оценка"], colors.text, true);
  for (const zone of assessment.zones)
    row([zone.label, String(zone.valueUm), verdictNames[zone.verdict]], colors[zone.verdict]);

  footer(doc, `${ctx.companyName} · ${ctx.reportId}`);
  if (ctx.demo) demoWatermark(doc);
  return render(doc);
}
