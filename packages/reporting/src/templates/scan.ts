import { localDateTime } from "@kiosk/core";
import type { DtcSeverity } from "@kiosk/devices/dtc";
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

export const scanTemplateVersion = "scan@1";

/** One code as the report prints it: the description from the J2012 table or, for any other, from its structure. */
export interface DescribedDtc {
  code: string;
  description: string;
  severity: DtcSeverity;
}

/** What a report made from a stored scan carries (kept as the report's data). */
export interface ScanReportData {
  sessionId: string;
  scanId: string;
  vehicleMake: string | null;
  vehicleModel: string | null;
  vin: string | null;
  protocol: string | null;
  mil: boolean;
  batteryVolts: number | null;
  adapter: string | null;
  /** `name` is how the report calls the ECU ("Двигатель (блок 7E8)"); the kiosk's summary shows the same. */
  ecus: Array<{
    address: string;
    name: string;
    stored: DescribedDtc[];
    pending: DescribedDtc[];
    permanent: DescribedDtc[];
  }>;
  startedAt: number;
  endedAt: number;
}

const kinds = [
  { key: "stored", title: "Сохранённые коды", note: "неисправность подтверждена блоком" },
  { key: "pending", title: "Ожидающие коды", note: "замечена в последнем цикле, ещё не подтверждена" },
  {
    key: "permanent",
    title: "Постоянные коды",
    note: "не стираются, пока блок сам не убедится, что неисправность устранена",
  },
] as const;

/** The usual OBD-II addresses (SAE J1979): 7E8/7E9 on CAN 11-bit, 10/18 as source addresses elsewhere. */
export function ecuName(address: string): string {
  const source = address.length === 8 ? address.slice(6) : address;
  if (address === "7E8" || source === "10") return `Двигатель (блок ${address})`;
  if (address === "7E9" || source === "18") return `Коробка передач (блок ${address})`;
  return `Блок управления ${address}`;
}

/** The diagnostics report made from what the car said: VIN, protocol, MIL, and every code by ECU and kind. */
export async function renderScanPdf(data: ScanReportData, ctx: ReportContext): Promise<Buffer> {
  const doc = await newDocument(ctx.fonts, "Отчёт о диагностике OBD-II");
  const vehicle = [data.vehicleMake, data.vehicleModel].filter(Boolean).join(" ") || "Автомобиль";
  header(doc, {
    companyName: ctx.companyName,
    title: "Отчёт о диагностике OBD-II",
    reportId: ctx.reportId,
    sessionId: data.sessionId,
    vehicle,
    createdAt: ctx.createdAt,
    timeZone: ctx.timeZone,
  });
  // A code can be both stored and permanent: the count is of distinct codes, as the screen shows it.
  const codes = [
    ...new Set(data.ecus.flatMap((ecu) => [...ecu.stored, ...ecu.pending, ...ecu.permanent].map((d) => d.code))),
  ];
  doc.font("regular").fontSize(10).fillColor(colors.text);
  doc.text(`VIN: ${data.vin ?? "автомобиль не сообщил"}`);
  doc.text(`Протокол: ${data.protocol ?? "не определён"}`);
  doc.text(`Лампа «Check Engine» (MIL): ${data.mil ? "горит" : "не горит"}`);
  if (data.batteryVolts !== null) doc.text(`Напряжение бортовой сети: ${data.batteryVolts.toFixed(1)} В`);
  const seconds = Math.max(1, Math.round((data.endedAt - data.startedAt) / 1000));
  doc.text(
    `Сканирование: ${localDateTime(data.startedAt, ctx.timeZone)}, ${seconds} с; адаптер ${data.adapter ?? "ELM327"}.`,
  );
  doc.text(`Ответили блоков: ${data.ecus.length}; кодов неисправностей: ${codes.length}.`);
  rule(doc);

  if (codes.length === 0) {
    doc.font("bold").fontSize(14).fillColor(colors.normal).text("Коды неисправностей не обнаружены");
    doc
      .font("regular")
      .fontSize(10)
      .fillColor(colors.text)
      .text("Ни один электронный блок автомобиля не сообщил о сохранённых, ожидающих или постоянных кодах.");
  }
  for (const ecu of data.ecus) {
    if (ecu.stored.length + ecu.pending.length + ecu.permanent.length === 0) continue;
    heading(doc, ecu.name);
    for (const kind of kinds) {
      const list = ecu[kind.key];
      if (list.length === 0) continue;
      ensureSpace(doc, 40);
      doc.font("bold").fontSize(11).fillColor(colors.text).text(`${kind.title} (${list.length})`, { continued: true });
      doc.font("regular").fontSize(9).fillColor(colors.muted).text(`  ${kind.note}`);
      for (const dtc of list) {
        ensureSpace(doc, 30);
        doc.font("bold").fontSize(11).fillColor(colors[dtc.severity]).text(dtc.code, { continued: true });
        doc.font("regular").fillColor(colors.text).text(`  ${dtc.description}`);
        doc.moveDown(0.2);
      }
      doc.moveDown(0.3);
    }
  }
  footer(doc, `${ctx.companyName} · ${ctx.reportId}`);
  if (ctx.demo) demoWatermark(doc);
  return render(doc);
}
