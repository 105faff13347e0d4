/**
 * Report rendering, warm: a diagnostics report with 20 codes and a thickness
 * report with 60 zones, against bare pdfkit writing the same lines with the fonts
 * registered per document (what every report did before the fonts were shared).
 * Then RSS across `reports` more renders. Prints JSON; asserts nothing.
 */
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { sixtyZones } from "../test/deps";
import { createReportFonts, defaultFontFiles } from "../src/templates/font";
import { renderDiagnosticsPdf } from "../src/templates/diagnostics";
import { renderThicknessPdf } from "../src/templates/thickness";
import { assessThickness } from "../src/thickness";
import { dtcTwenty } from "./dtcs";

const rounds = Number(process.argv[2] ?? "60");
const reports = Number(process.argv[3] ?? "1000");
const ctx = {
  reportId: "rpt_bench",
  companyName: "Автосервис «Киоск»",
  createdAt: Date.now(),
  demo: true,
  timeZone: "Europe/Moscow",
  fonts: createReportFonts(defaultFontFiles()),
};
const thresholds = { normalMaxUm: 200, warningMaxUm: 300, aluminium: { normalMaxUm: 160, warningMaxUm: 260 } };
const measurements = sixtyZones();
const assessment = assessThickness({ measurements }, thresholds);
const files = defaultFontFiles();
const fontBytes = { regular: readFileSync(files.regular), bold: readFileSync(files.bold) };

const diagnostics = () =>
  renderDiagnosticsPdf(
    {
      sessionId: "ses_bench",
      vehicleMake: "Toyota",
      vehicleModel: "Camry",
      dtcCodes: dtcTwenty,
      scanDurationSeconds: 90,
      timestamp: Date.now(),
    },
    ctx,
  );
const thickness = () =>
  renderThicknessPdf({ sessionId: "ses_bench", vehicleType: "sedan", measurements }, assessment, ctx, thresholds);

/** Bare pdfkit: the fonts parsed for this document, the same lines written, nothing else. */
function bare(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    doc.registerFont("regular", fontBytes.regular);
    doc.registerFont("bold", fontBytes.bold);
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.font("bold").fontSize(18).text("Отчёт");
    doc.font("regular").fontSize(10);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

async function percentiles(render: () => Promise<Buffer>): Promise<{ p50: number; p95: number; kib: number }> {
  for (let i = 0; i < 5; i++) await render(); // warm: modules, JIT, caches
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    bytes = (await render()).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), kib: bytes / 1024 };
}

const result = {
  diagnostics: await percentiles(diagnostics),
  bareDiagnostics: await percentiles(() => bare(dtcTwenty.map((d) => `${d.code} ${d.description}`))),
  thickness: await percentiles(thickness),
  bareThickness: await percentiles(() => bare(measurements.map((m) => `${m.zone} ${m.valueUm} норма`))),
  rss: { afterWarmMiB: 0, afterReportsMiB: 0, reports },
};
result.rss.afterWarmMiB = process.memoryUsage().rss / 1024 / 1024;
for (let i = 0; i < reports; i++) await (i % 2 ? diagnostics() : thickness());
result.rss.afterReportsMiB = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
