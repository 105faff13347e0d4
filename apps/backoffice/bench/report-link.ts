/**
 * From a report's commit on the kiosk to its link answering 200 at the
 * backoffice, on loopback with the default worker settings: a real
 * PostgreSQL, the backoffice, and an agent pushing its uploads. Also the SMS
 * that carries the link, in segments. Prints JSON for `pnpm bench`.
 */
import { systemClock } from "@kiosk/core";
import { createKioskClient } from "@kiosk/client";
import { diagnosticsReport, freePort, startTestAgent } from "@kiosk/agent/testing";
import { smsSegments, smsText } from "@kiosk/reporting";
import { startTestBackoffice } from "../test/test-backoffice";

const reports = Number(process.argv[2] ?? "20");
const kioskToken = "bench-kiosk-fleet-token-0123456789";
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;

const port = await freePort();
const publicUrl = `http://127.0.0.1:${port}`;
const backoffice = await startTestBackoffice({
  kiosks: { "kiosk-1": kioskToken },
  env: { PORT: String(port), BACKOFFICE_PUBLIC_URL: publicUrl, REPORT_LINK_RATE_PER_MINUTE: "100000" },
});
const agent = await startTestAgent(
  { FLEET_URL: publicUrl, KIOSK_ID: "kiosk-1", FLEET_TOKEN: kioskToken },
  // Many customers from one loopback client in a minute: the per-client limits have their own tests.
  {
    payments: { dev: { manualMode: true }, rateLimitPerMinute: 1_000_000 },
    reports: { rateLimitPerMinute: 1_000_000 },
  },
  { clock: systemClock },
);
const api = createKioskClient({ url: agent.url });
const times: number[] = [];
let link = "";
try {
  for (let i = 0; i < reports; i++) {
    const { report } = await diagnosticsReport(agent.url, { phone: "+79001112233" });
    // The report is committed once generate answers: the clock starts here.
    const committed = performance.now();
    for (;;) {
      const view = await api.reports.get.query({ id: report.id });
      if (view.link && (await fetch(view.link, { method: "HEAD" })).status === 200) {
        link = view.link;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    times.push(performance.now() - committed);
  }
} finally {
  await agent.stop();
  await backoffice.stop();
}
const sms = smsText({ id: "rpt_x", type: "diagnostics" }, agent.inner.config.reports.companyName, null, {
  url: link,
  coming: true,
});
process.stdout.write(
  JSON.stringify({
    reports,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    linkChars: link.length,
    sms: { chars: sms.length, ...smsSegments(sms) },
  }),
);
