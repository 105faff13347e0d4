import { localDateTime } from "@kiosk/core";
import type { DiagnosticsReportInput, Dtc } from "../schemas";
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

export const diagnosticsTemplateVersion = "diagnostics@1";

const severityTitles: Record<Dtc["severity"], string> = {
  high: "Серьёзные неисправности",
  medium: "Неисправности средней важности",
  low: "Незначительные замечания",
};

/** The VIN identifies a car and its owner: the report shows only its ends. */
export const maskVin = (vin: string) => `${vin.slice(0, 3)}${"*".repeat(vin.length - 7)}${vin.slice(-4)}`;

const toMs = (value: string | number) => (typeof value === "number" ? value : Date.parse(value));

/** The OBD-II diagnostics report: trouble codes grouped and coloured by severity. */
export async function renderDiagnosticsPdf(data: DiagnosticsReportInput, ctx: ReportContext): Promise<Buffer> {
  const doc = await newDocument(ctx.fonts, "Отчёт о диагностике OBD-II");
  header(doc, {
    companyName: ctx.companyName,
    title: "Отчёт о диагностике OBD-II",
    reportId: ctx.reportId,
    sessionId: data.sessionId,
    vehicle: `${data.vehicleMake} ${data.vehicleModel}${data.vin ? `, VIN ${maskVin(data.vin)}` : ""}`,
    createdAt: ctx.createdAt,
    timeZone: ctx.timeZone,
  });
  doc.font("regular").fontSize(10).fillColor(colors.text);
  const duration =
    data.scanDurationSeconds === undefined ? "" : `, длительность ${Math.round(data.scanDurationSeconds)} с`;
  doc.text(`Сканирование: ${localDateTime(toMs(data.timestamp), ctx.timeZone)}${duration}.`);
  doc.text(`Найдено кодов неисправностей: ${data.dtcCodes.length}.`);
  rule(doc);

  if (data.dtcCodes.length === 0) {
    doc.font("bold").fontSize(14).fillColor(colors.normal).text("Неисправности не обнаружены");
    doc
      .font("regular")
      .fontSize(10)
      .fillColor(colors.text)
      .text("Электронные блоки автомобиля не сообщили о кодах ошибок.");
  }
  for (const severity of ["high", "medium", "low"] as const) {
    const codes = data.dtcCodes.filter((dtc) => dtc.severity === severity);
    if (codes.length === 0) continue;
    heading(doc, `${severityTitles[severity]} (${codes.length})`);
    for (const dtc of codes) {
      ensureSpace(doc, 30);
      doc.font("bold").fontSize(11).fillColor(colors[severity]).text(dtc.code, { continued: true });
      doc.font("regular").fillColor(colors.text).text(`  ${dtc.description}`);
      doc.moveDown(0.2);
    }
    doc.moveDown(0.4);
  }
  if (data.clearedCodes) {
    rule(doc);
    heading(doc, "Сброс ошибок");
    doc.font("regular").fontSize(10).fillColor(colors.text);
    doc.text(
      `Коды ошибок сброшены ${localDateTime(toMs(data.clearedCodes.clearedAt), ctx.timeZone)}.${data.clearedCodes.note ? ` ${data.clearedCodes.note}` : ""}`,
    );
  }
  footer(doc, `${ctx.companyName} · ${ctx.reportId}`);
  if (ctx.demo) demoWatermark(doc);
  return render(doc);
}
