import { ManualClock } from "@kiosk/core";
import { pdfToText } from "@kiosk/reporting/testing";
import { afterEach, describe, expect, it } from "vitest";
import { paidDiagnosticsSession, startTestAgent, type TestAgent } from "./harness";

// 22:30 UTC on 27 November: already 28 November at the kiosk in Moscow, not yet in London.
const lateEvening = Date.UTC(2026, 10, 27, 22, 30);

let env: TestAgent | undefined;
afterEach(() => env?.stop());

async function paidReportPdf(timeZone: string): Promise<{ disposition: string | null; text: string }> {
  env = await startTestAgent(
    { TIMEZONE: timeZone },
    { payments: { dev: { manualMode: true } } },
    { clock: new ManualClock(lateEvening) },
  );
  const { api, session } = await paidDiagnosticsSession(env.url);
  const report = await api.reports.generateDiagnostics.mutate({
    sessionId: session.id,
    vehicleMake: "Lada",
    vehicleModel: "Vesta",
    dtcCodes: [],
    timestamp: lateEvening,
  });
  const pdf = await fetch(`${env.url}/api/reports/${report.id}/pdf`);
  return {
    disposition: pdf.headers.get("content-disposition"),
    text: pdfToText(Buffer.from(await pdf.arrayBuffer())),
  };
}

describe("dates a customer reads, in the kiosk's time zone", () => {
  it("dates the PDF and its file name by the local day in Moscow (the default)", async () => {
    const { disposition, text } = await paidReportPdf("Europe/Moscow");
    expect(disposition).toBe('attachment; filename="otchet-diagnostika-2026-11-28.pdf"');
    expect(text).toMatch(/28 ноября 2026.*01:30 \(МСК\)/);
  }, 20_000);

  it("follows TIMEZONE elsewhere", async () => {
    const { disposition, text } = await paidReportPdf("Europe/London");
    expect(disposition).toBe('attachment; filename="otchet-diagnostika-2026-11-27.pdf"');
    expect(text).toMatch(/27 ноября 2026.*22:30 \(Europe\/London\)/);
  }, 20_000);
});
