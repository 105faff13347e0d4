/**
 * How long a report takes to render, and what the embedded font costs.
 * Run: pnpm bench. Prints figures; asserts nothing (targets are read, not flaked on).
 */
import { performance } from "node:perf_hooks";
import { sixtyZones, threeDtcs } from "../test/deps";
import { documentWithReportFonts } from "../src/templates/font";
import { renderDiagnosticsPdf } from "../src/templates/diagnostics";
import { renderThicknessPdf } from "../src/templates/thickness";
import { assessThickness } from "../src/thickness";

const rounds = Number(process.env.BENCH_ROUNDS ?? 40);
const ctx = { reportId: "rpt_bench", companyName: "Автосервис «Киоск»", createdAt: Date.now(), demo: true };
const thresholds = { normalMaxUm: 200, warningMaxUm: 300 };

async function measure(name: string, render: () => Promise<Buffer>): Promise<void> {
  await render(); // warm-up: module loading, JIT
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    bytes = (await render()).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  console.log(
    `${name.padEnd(24)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms  ${(bytes / 1024).toFixed(1)} KiB`,
  );
}

const readStart = performance.now();
await documentWithReportFonts({});
console.log(`font files read once     ${(performance.now() - readStart).toFixed(1)} ms (then cached for the process)`);

const measurements = sixtyZones();
const assessment = assessThickness({ measurements }, thresholds);
await measure("diagnostics (3 DTCs)", () =>
  renderDiagnosticsPdf(
    {
      sessionId: "ses_bench",
      vehicleMake: "Toyota",
      vehicleModel: "Camry",
      dtcCodes: threeDtcs,
      scanDurationSeconds: 90,
      timestamp: Date.now(),
    },
    ctx,
  ),
);
await measure("thickness (60 zones)", () =>
  renderThicknessPdf({ sessionId: "ses_bench", vehicleType: "sedan", measurements }, assessment, ctx, thresholds),
);
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`rss after ${rounds * 2 + 2} reports   ${rss.toFixed(0)} MiB`);
