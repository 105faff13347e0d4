import { createHash } from "node:crypto";
import { request } from "node:http";
import type { ReportUploadRequest } from "@kiosk/fleet-contract";

/**
 * What the report link tests send and read: a real (small) PDF, an upload of
 * it as a kiosk sends one, and GETs from a chosen loopback address, so each
 * test has a rate limit window of its own (127.0.0.0/8 is all loopback).
 */

/** A one-page PDF that pdftotext reads: Helvetica, one line of ASCII `text`. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** 1 December 2026, 15:40 in Moscow. */
export const madeAt = Date.UTC(2026, 11, 1, 12, 40);

export const thicknessPage: ReportUploadRequest["page"] = {
  service: "Толщинометрия ЛКП",
  vehicle: "Lada Vesta, седан",
  timeZone: "Europe/Moscow",
  kioskName: "Автосервис «Киоск» на Лесной",
  verdict: "warning",
  summary: ["Возможна локальная перекраска: правое переднее крыло и капот.", "Норма: 9, внимание: 2, критично: 0"],
};

/**
 * The kiosk's `report.generated` event for an upload, as its fleet worker
 * pushes it before the PDF: the backoffice takes a report only from the kiosk
 * that made it. One report, one event: announcing it again changes nothing.
 */
export async function announceReport(url: string, token: string, kioskId: string, body: unknown): Promise<void> {
  const upload = body as { reportId?: unknown; sha256?: unknown } | null;
  if (typeof upload?.reportId !== "string" || typeof upload.sha256 !== "string") return;
  const event = {
    eventId: `evt_${upload.reportId}`,
    event: "report.generated",
    entityType: "report",
    entityId: upload.reportId,
    at: madeAt,
    payload: { details: { sha256: upload.sha256 }, snapshot: null },
  };
  const response = await fetch(`${url}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ kioskId, events: [event] }),
  });
  if (response.status !== 200) throw new Error(`the report event was not ingested: ${response.status}`);
}

/** The upload a kiosk sends for `pdf`. */
export const uploadOf = (
  reportId: string,
  pdf: Buffer,
  overrides: Partial<ReportUploadRequest> = {},
): ReportUploadRequest => ({
  reportId,
  type: "thickness",
  createdAt: madeAt,
  sha256: sha256(pdf),
  pdfBase64: pdf.toString("base64"),
  page: thicknessPage,
  ...overrides,
});

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** A GET (or HEAD) of `url` from the loopback address `from`. */
export function get(url: string, from = "127.0.0.1", method: "GET" | "HEAD" = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, localAddress: from }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** A link as the backoffice answers it, pointed at the test's server instead of its public address. */
export const local = (link: string, serverUrl: string, publicUrl: string) => serverUrl + link.slice(publicUrl.length);
