import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createKioskClient, kioskApiError, type KioskClient, type RouterOutputs } from "@kiosk/client";
import { pdfToText } from "@kiosk/reporting/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, operatorToken, startTestAgent, type TestAgent } from "./harness";

type Delivery = RouterOutputs["reports"]["get"]["deliveries"][number];

let env: TestAgent;
let api: KioskClient;
let operator: KioskClient;
beforeAll(async () => {
  env = await startTestAgent({}, { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50 } });
  api = createKioskClient({ url: env.url });
  operator = createKioskClient({ url: env.url, token: operatorToken });
});
afterAll(() => env.stop());

async function paidSession(type: "diagnostics" | "thickness", metadata: Record<string, string> = {}) {
  const session = await api.sessions.create.mutate({
    type,
    contact: { email: "client@example.com", phone: "+79001234567" },
    metadata,
  });
  const amount = type === "diagnostics" ? 48000 : 35000;
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount });
  await operator.payments.confirm.mutate({ id: payment.id });
  return session;
}

/** Follows the report's deliveries over SSE until each is sent or dead. */
function deliveriesSettle(reportId: string): Promise<Map<string, Delivery>> {
  return new Promise((resolve, reject) => {
    const latest = new Map<string, Delivery>();
    const subscription = api.reports.onDelivery.subscribe(
      { id: reportId },
      {
        onData: ({ data }) => {
          latest.set(data.id, data);
          if ([...latest.values()].every((d) => d.status === "sent" || d.status === "dead") && latest.size === 2) {
            subscription.unsubscribe();
            resolve(latest);
          }
        },
        onError: reject,
      },
    );
  });
}

const dtcs = [
  {
    code: "P0420",
    description: "Эффективность каталитического нейтрализатора ниже порога",
    severity: "medium" as const,
  },
  { code: "P0301", description: "Пропуски зажигания в цилиндре 1", severity: "high" as const },
  { code: "U0100", description: "Нет связи с блоком управления двигателем", severity: "low" as const },
];

describe("reports in DEV through @kiosk/client", () => {
  it("turns a paid diagnostics session with 3 DTCs into a Russian PDF, an .eml with it attached and an SMS", async () => {
    const session = await paidSession("diagnostics");
    const report = await api.reports.generateDiagnostics.mutate({
      sessionId: session.id,
      vehicleMake: "Toyota",
      vehicleModel: "Camry",
      vin: "JTNB11HK103456789",
      dtcCodes: dtcs,
      scanDurationSeconds: 95,
      timestamp: new Date().toISOString(),
    });
    expect(report.deliveries.map((d) => d.channel)).toEqual(["email", "sms"]);
    const settled = await deliveriesSettle(report.id);
    expect([...settled.values()].map((d) => d.status)).toEqual(["sent", "sent"]);

    const file = await api.reports.getPdf.query({ id: report.id });
    const text = pdfToText(Buffer.from(file.base64, "base64"));
    expect(text).toContain("Отчёт о диагностике OBD-II");
    expect(text).toContain("Toyota Camry");
    for (const dtc of dtcs) expect(text).toContain(dtc.code);

    const outbox = join(env.storage, "outbox");
    const files = readdirSync(outbox);
    const email = settled.get(report.deliveries[0]?.id ?? "");
    const eml = readFileSync(join(outbox, `${email?.id}.eml`), "utf8");
    expect(eml).toContain("Content-Type: application/pdf");
    expect(eml).toContain(Buffer.from(file.base64, "base64").toString("base64").slice(0, 76));
    const smsFile = files.find((f) => f.endsWith(".sms.txt")) ?? "";
    const sms = readFileSync(join(outbox, smsFile), "utf8");
    expect(sms).toContain("+79001234567");
    expect(sms).toContain("c***t@example.com");
    expect(sms.split("\n\n")[1]).not.toContain("client@example.com");
  });

  it("refuses an unpaid session with 409", async () => {
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
    const error = await api.reports.generateDiagnostics
      .mutate({
        sessionId: session.id,
        vehicleMake: "Kia",
        vehicleModel: "Rio",
        dtcCodes: [],
        scanDurationSeconds: 30,
        timestamp: Date.now(),
      })
      .then(() => null)
      .catch((e: unknown) => kioskApiError(e));
    expect(error).toMatchObject({ code: "CONFLICT", httpStatus: 409 });
    const rest = await fetch(`${env.url}/api/reports/diagnostics`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        sessionId: session.id,
        vehicleMake: "Kia",
        vehicleModel: "Rio",
        dtcCodes: [],
        scanDurationSeconds: 30,
        timestamp: Date.now(),
      }),
    });
    expect(rest.status).toBe(409);
  });

  it("computes thickness verdicts for 60 zones on the server, ignoring the client's", async () => {
    const session = await paidSession("thickness", { vehicleType: "sedan" });
    const measurements = Array.from({ length: 60 }, (_, i) => ({
      zone: `Зона ${i + 1}`,
      valueUm: i < 45 ? 110 + i : i < 52 ? 260 : 480,
      verdict: "normal",
    }));
    const response = await fetch(`${env.url}/api/reports/thickness`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: session.id, vehicleType: "sedan", measurements }),
    });
    expect(response.status).toBe(201);
    const report = (await response.json()) as RouterOutputs["reports"]["get"];
    const data = report.data as {
      zones: Array<{ zone: string; verdict: string }>;
      summary: { counts: Record<string, number>; maxUm: number };
    };
    expect(data.summary.counts).toEqual({ normal: 45, warning: 7, critical: 8 });
    expect(data.summary.maxUm).toBe(480);
    expect(data.zones[59]).toEqual({ zone: "Зона 60", label: "Зона 60", valueUm: 480, verdict: "critical" });

    const pdf = await fetch(`${env.url}/api/reports/${report.id}/pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfToText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toMatch(/Зона 60\s+480\s+критично/);
    expect(text).toMatch(/Зона 1\s+110\s+норма/);
  });

  it("serves the seed's read paths and never leaks a file path", async () => {
    const session = await paidSession("diagnostics");
    const report = await api.reports.generateDiagnostics.mutate({
      sessionId: session.id,
      vehicleMake: "Lada",
      vehicleModel: "Vesta",
      dtcCodes: [],
      scanDurationSeconds: 20,
      timestamp: Date.now(),
    });
    const one = await fetch(`${env.url}/api/reports/${report.id}`);
    const list = await fetch(`${env.url}/api/reports/session/${session.id}`);
    expect(one.status).toBe(200);
    expect(list.status).toBe(200);
    const bodies = (await one.text()) + (await list.text());
    expect(bodies).toContain(report.id);
    expect(bodies).not.toContain(env.storage);
    expect(bodies).not.toContain('.pdf"');
    expect((await fetch(`${env.url}/api/reports/rpt_unknown`)).status).toBe(404);
    expect((await fetch(`${env.url}/api/reports/rpt_unknown/pdf`)).status).toBe(404);
    const bad = await fetch(`${env.url}/api/reports/diagnostics`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: session.id, dtcCodes: [{ code: "X1", description: "", severity: "urgent" }] }),
    });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { issues: Array<{ path: string }> } }).error.issues.map((i) => i.path),
    ).toContain("dtcCodes.0.code");
  });

  it("sells one report per payment: a second generate is 409 with the report's id; resends are few and go to the same people", async () => {
    env.clock.advance(61_000); // a fresh minute of the per-client report rate limit
    const session = await paidSession("diagnostics");
    const scan = {
      sessionId: session.id,
      vehicleMake: "Toyota",
      vehicleModel: "Camry",
      dtcCodes: [],
      timestamp: Date.now(),
    };
    const report = await api.reports.generateDiagnostics.mutate(scan);
    const again = await api.reports.generateDiagnostics
      .mutate({ ...scan, deliverTo: { email: "someone-else@example.com" } })
      .then(() => null, kioskApiError);
    expect(again).toMatchObject({ code: "CONFLICT", httpStatus: 409, details: { reportId: report.id } });
    const rest = await fetch(`${env.url}/api/reports/diagnostics`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(scan),
    });
    expect(rest.status).toBe(409);
    expect(await rest.json()).toMatchObject({ error: { code: "CONFLICT", details: { reportId: report.id } } });

    await deliveriesSettle(report.id);
    const resent = await api.reports.resend.mutate({ id: report.id });
    expect(resent.deliveries.filter((d) => d.round === 1).map((d) => d.recipient)).toEqual([
      "c***t@example.com",
      "+7900***4567",
    ]);
    await eventually(
      () => api.reports.get.query({ id: report.id }),
      (r) => r.deliveries.every((d) => d.status === "sent"),
    );
    expect((await fetch(`${env.url}/api/reports/${report.id}/resend`, { method: "POST" })).status).toBe(200);
    await eventually(
      () => api.reports.get.query({ id: report.id }),
      (r) => r.deliveries.every((d) => d.status === "sent"),
    );
    expect(await api.reports.resend.mutate({ id: report.id }).then(() => null, kioskApiError)).toMatchObject({
      code: "CONFLICT",
      details: { resends: 2, maxResends: 2 },
    });
    await api.sessions.complete.mutate({ id: session.id });
    const afterEnd = await api.reports.generateDiagnostics.mutate(scan).then(() => null, kioskApiError);
    expect(afterEnd).toMatchObject({ code: "CONFLICT", details: { status: "completed" } });
  });
});
