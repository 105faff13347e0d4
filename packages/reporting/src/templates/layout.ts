import { localDateTime } from "@kiosk/core";
import type { ReportFonts } from "./font";

export type Doc = PDFKit.PDFDocument;

/** What every template needs besides its data. */
export interface ReportContext {
  reportId: string;
  companyName: string;
  createdAt: number;
  demo: boolean;
  /** The kiosk's time zone: every date printed is local to it. */
  timeZone: string;
  fonts: ReportFonts;
}

export interface HeaderInfo {
  companyName: string;
  title: string;
  reportId: string;
  sessionId: string;
  vehicle: string;
  createdAt: number;
  timeZone: string;
}

export const colors = {
  text: "#1f2933",
  muted: "#616e7c",
  rule: "#cbd2d9",
  normal: "#1e8449",
  warning: "#d68910",
  critical: "#c0392b",
  low: "#616e7c",
  medium: "#d68910",
  high: "#c0392b",
} as const;

/** An A4 document with the report fonts ready, its pages kept for the watermark pass. */
export async function newDocument(fonts: ReportFonts, title: string): Promise<Doc> {
  const doc = await fonts.newDocument({
    size: "A4",
    margins: { top: 50, bottom: 50, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: title, Author: "kiosk-agent", Creator: "kiosk-agent" },
  });
  doc.font("regular").fillColor(colors.text);
  return doc;
}

export function header(doc: Doc, info: HeaderInfo): void {
  doc.font("bold").fontSize(11).fillColor(colors.muted).text(info.companyName);
  doc.moveDown(0.3);
  doc.font("bold").fontSize(18).fillColor(colors.text).text(info.title);
  doc.moveDown(0.5);
  const rows: Array<[string, string]> = [
    ["Автомобиль", info.vehicle],
    ["Дата", localDateTime(info.createdAt, info.timeZone)],
    ["Сессия", info.sessionId],
    ["Отчёт", info.reportId],
  ];
  for (const [label, value] of rows) {
    doc.font("bold").fontSize(10).fillColor(colors.muted).text(`${label}: `, { continued: true });
    doc.font("regular").fillColor(colors.text).text(value);
  }
  rule(doc);
}

export function rule(doc: Doc): void {
  doc.moveDown(0.6);
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(colors.rule)
    .stroke();
  doc.moveDown(0.6);
}

export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 40);
  doc.font("bold").fontSize(13).fillColor(colors.text).text(text);
  doc.moveDown(0.3);
}

/** Starts a new page when fewer than `height` points are left. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** DEV reports carry a "ДЕМО" mark on every page, so none is mistaken for a real one. */
export function demoWatermark(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.save();
    doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc.font("bold").fontSize(110).fillColor(colors.critical).opacity(0.12);
    doc.text("ДЕМО", 0, doc.page.height / 2 - 60, { width: doc.page.width, align: "center", lineBreak: false });
    doc.restore();
  }
}

export function footer(doc: Doc, note: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8).fillColor(colors.muted);
    doc.text(`${note} · стр. ${i - range.start + 1} из ${range.count}`, doc.page.margins.left, doc.page.height - 35, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** Finishes the document and returns its bytes. */
export function render(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
