import { carDiagram, type Substrate, type VehicleType, type VerdictThresholds } from "@kiosk/core";
import type { ThicknessReportInput, ZoneVerdict } from "../schemas";
import type { ThicknessSummary, ZoneResult } from "../thickness";
import { carDiagramHeight, drawCarDiagram } from "./car-diagram";
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
  type Doc,
  type ReportContext,
} from "./layout";

export const thicknessTemplateVersion = "thickness@2";

const verdictNames: Record<ZoneVerdict, string> = { normal: "норма", warning: "внимание", critical: "критично" };
const vehicleNames: Record<VehicleType, string> = { sedan: "седан", hatchback: "хэтчбек", minivan: "минивэн" };
const substrateNames: Record<Substrate, string> = { steel: "сталь", aluminium: "алюминий", unknown: "—" };

/** The summary, the car diagram coloured by verdict, then every zone with its value and verdict. */
export async function renderThicknessPdf(
  data: ThicknessReportInput,
  assessment: { zones: ZoneResult[]; summary: ThicknessSummary },
  ctx: ReportContext,
  thresholds: VerdictThresholds & { aluminium?: VerdictThresholds },
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
  const withSubstrate = assessment.zones.some((zone) => zone.substrate !== undefined);
  doc.fillColor(colors.muted).text(thresholdsLine(thresholds, withSubstrate));
  rule(doc);

  diagram(doc, data.vehicleType, assessment.zones);
  rule(doc);

  heading(doc, "Измерения по зонам");
  zoneTable(doc, assessment.zones, withSubstrate);

  footer(doc, `${ctx.companyName} · ${ctx.reportId}`);
  if (ctx.demo) demoWatermark(doc);
  return render(doc);
}

const thresholdsLine = (steel: VerdictThresholds & { aluminium?: VerdictThresholds }, withSubstrate: boolean) => {
  const range = (t: VerdictThresholds) =>
    `до ${t.normalMaxUm} мкм норма, до ${t.warningMaxUm} мкм внимание, выше критично`;
  return withSubstrate && steel.aluminium
    ? `Пороги: сталь — ${range(steel)}; алюминий — ${range(steel.aluminium)}.`
    : `Пороги: ${range(steel)}.`;
};

/** The car with the zones the drawing knows; readings sent under other names are only in the table. */
function diagram(doc: Doc, vehicleType: VehicleType, zones: ZoneResult[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  heading(doc, "Схема кузова");
  ensureSpace(doc, carDiagramHeight(vehicleType, width));
  const bottom = drawCarDiagram(doc, { vehicleType, zones, x: left, y: doc.y, width });
  doc.x = left;
  doc.y = bottom;
  const known = new Set(carDiagram(vehicleType).zones.map((zone) => zone.id));
  const elsewhere = zones.filter((zone) => !known.has(zone.zone)).length;
  if (elsewhere > 0) {
    doc.moveDown(0.3);
    doc.font("regular").fontSize(9).fillColor(colors.muted).text(`Зон вне схемы: ${elsewhere}, они в таблице ниже.`, {
      align: "center",
    });
  }
}

function zoneTable(doc: Doc, zones: ZoneResult[], withSubstrate: boolean): void {
  const left = doc.page.margins.left;
  // Label, value, substrate (only when the gauge reported one), verdict.
  const columns = withSubstrate
    ? [
        { x: left, width: 250 },
        { x: left + 255, width: 85, align: "right" as const },
        { x: left + 355, width: 70 },
        { x: left + 425, width: 70 },
      ]
    : [
        { x: left, width: 270 },
        { x: left + 280, width: 90, align: "right" as const },
        { x: left + 380, width: 110 },
      ];
  const row = (cells: string[], verdictColor: string = colors.text, bold = false) => {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font(bold ? "bold" : "regular").fontSize(10);
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      doc
        .fillColor(i === cells.length - 1 ? verdictColor : colors.text)
        .text(cell, column.x, y, { width: column.width, align: column.align ?? "left", lineBreak: false });
    });
    doc.x = left;
    doc.y = y + 15;
  };
  const header = ["Зона", "Толщина, мкм", ...(withSubstrate ? ["Основа"] : []), "Оценка"];
  row(header, colors.text, true);
  for (const zone of zones) {
    const substrate = withSubstrate ? [substrateNames[zone.substrate ?? "unknown"]] : [];
    row([zone.label, String(zone.valueUm), ...substrate, verdictNames[zone.verdict]], colors[zone.verdict]);
  }
}
