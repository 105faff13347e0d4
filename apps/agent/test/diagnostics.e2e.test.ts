import { createKioskClient, kioskApiError, type KioskClient, type RouterOutputs } from "@kiosk/client";
import { describeDtc } from "@kiosk/devices/dtc";
import { profiles, serveSimulator, type ServedSimulator } from "@kiosk/devices/simulator";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { pdfToText } from "@kiosk/reporting/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  eventually,
  operatorToken,
  payAtYooKassa,
  scrape,
  startTestAgent,
  type TestAgent,
  yookassaAgentEnv,
} from "./harness";

type Scan = RouterOutputs["devices"]["scan"]["get"];

/** Follows the session's scan over SSE until it is done or failed; returns every state it passed. */
function scanToEnd(api: KioskClient, sessionId: string): Promise<Scan[]> {
  return new Promise((resolve, reject) => {
    const seen: Scan[] = [];
    const subscription = api.devices.scan.onProgress.subscribe(
      { sessionId },
      {
        onData: (scan) => {
          seen.push(scan);
          if (scan.state === "done" || scan.state === "failed") {
            subscription.unsubscribe();
            resolve(seen);
          }
        },
        onError: reject,
      },
    );
  });
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => kioskApiError(error)?.details.reason ?? kioskApiError(error)?.code ?? String(error),
  );

describe("a diagnostics visit in DEV: the in-process simulator behind the real ELM327 driver", () => {
  let env: TestAgent;
  let api: KioskClient;
  let operator: KioskClient;
  beforeAll(async () => {
    env = await startTestAgent({}, { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50 } });
    api = createKioskClient({ url: env.url });
    operator = createKioskClient({ url: env.url, token: operatorToken });
  });
  afterAll(() => env.stop());

  async function paidSession() {
    const session = await api.sessions.create.mutate({
      type: "diagnostics",
      contact: { email: "client@example.com" },
      metadata: { vehicleMake: "Honda", vehicleModel: "Accord" },
    });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    await operator.payments.confirm.mutate({ id: payment.id });
    return session;
  }

  it("says in the catalog that diagnostics can be sold, and which adapter answers", async () => {
    const catalog = await api.catalog.get.query();
    expect(catalog.services.diagnostics).toEqual({
      price: 48000,
      available: true,
      device: { driver: "simulator", ready: true, error: null },
    });
    const rest = (await (await fetch(`${env.url}/api/catalog`)).json()) as typeof catalog;
    expect(rest.services.diagnostics.available).toBe(true);
    expect(await scrape(env.url, 'device_connected{device="obd"}')).toBe(1);
  });

  it("scans the car on the agent, streams each step, and makes the report from what the car said", async () => {
    const session = await paidSession();
    const started = await api.devices.scan.start.mutate({ sessionId: session.id });
    expect(started.state).toBe("waiting");
    const steps = await scanToEnd(api, session.id);
    const done = steps.at(-1);
    expect(done).toMatchObject({
      state: "done",
      error: null,
      adapter: "ELM327 v1.5",
      protocol: "ISO 15765-4 CAN (11 bit, 500 kbaud)",
      vin: "1HGCM82633A004352",
      mil: true,
      batteryVolts: 12.6,
      ecus: [
        {
          address: "7E8",
          stored: ["P0133", "P0171", "P0300", "P0420", "P0442", "P0128", "U0100"],
          pending: ["P0301"],
          permanent: ["P0420"],
        },
        { address: "7E9", stored: ["P0715", "P0741"], pending: [], permanent: [] },
      ],
    });
    expect(await api.devices.scan.get.query({ sessionId: session.id })).toEqual(done);

    const report = await api.reports.fromScan.mutate({ sessionId: session.id });
    const text = pdfToText(Buffer.from((await api.reports.getPdf.query({ id: report.id })).base64, "base64"));
    for (const code of ["P0133", "P0300", "P0420", "P0715", "P0741", "U0100", "P0301"]) expect(text).toContain(code);
    expect(text).toContain("Honda Accord");
    expect(text).toContain("1HGCM82633A004352");
    expect(text).toContain("горит");
    expect(text).toMatch(/Коробка\s+передач/);
    // One payment, one report.
    expect(await codeOf(api.reports.fromScan.mutate({ sessionId: session.id }))).toBe("CONFLICT");
    await eventually(
      () => api.reports.get.query({ id: report.id }),
      (r) => r.deliveries.every((d) => d.status === "sent"),
    );
    expect(await scrape(env.url, 'diagnostics_scans_total{outcome="faults"}')).toBe(1);
    // The can11 car's 10 distinct codes, by the J2012 table's severities.
    const severities = ["P0133", "P0171", "P0300", "P0420", "P0442", "P0128", "U0100", "P0301", "P0715", "P0741"].map(
      (code) => describeDtc(code).severity,
    );
    for (const severity of ["high", "medium", "low"] as const) {
      expect(await scrape(env.url, `diagnostics_dtc_found_total{severity="${severity}"}`)).toBe(
        severities.filter((s) => s === severity).length,
      );
    }
    expect(await scrape(env.url, "diagnostics_duration_seconds_count")).toBe(1);
  });

  it("over REST: POST /api/devices/scan answers 202 at once, GET /api/devices/scan/:sessionId the result", async () => {
    const session = await paidSession();
    const post = await fetch(`${env.url}/api/devices/scan`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: session.id }),
    });
    expect(post.status).toBe(202);
    expect(((await post.json()) as Scan).state).toBe("waiting");
    const result = await eventually(
      async () => (await (await fetch(`${env.url}/api/devices/scan/${session.id}`)).json()) as Scan,
      (scan) => scan.state === "done",
    );
    expect(result.ecus.flatMap((e) => e.stored)).toHaveLength(9);
    const report = await fetch(`${env.url}/api/reports/from-scan`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: session.id }),
    });
    expect(report.status).toBe(201);
  });

  it("refuses a scan of an unpaid session, of a thickness session and of an unknown one", async () => {
    const unpaid = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@example.com" } });
    expect(await codeOf(api.devices.scan.start.mutate({ sessionId: unpaid.id }))).toBe("NOT_PAID");
    const thickness = await api.sessions.create.mutate({ type: "thickness", contact: { email: "a@example.com" } });
    expect(await codeOf(api.devices.scan.start.mutate({ sessionId: thickness.id }))).toBe("CONFLICT");
    expect(await codeOf(api.devices.scan.start.mutate({ sessionId: "ses_nope" }))).toBe("NOT_FOUND");
    expect(await codeOf(api.devices.scan.get.query({ sessionId: unpaid.id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.reports.fromScan.mutate({ sessionId: unpaid.id }))).toBe("NO_SCAN");
  });
});

describe("a diagnostics visit in PROD: ELM327 on a real serial port (a PTY), the simulator on its far side", () => {
  let fake: FakeYooKassa;
  let device: ServedSimulator;
  let env: TestAgent;
  let api: KioskClient;
  beforeAll(async () => {
    fake = await new FakeYooKassa().start();
    device = await serveSimulator({ profile: profiles.noIgnition });
    env = await startTestAgent({
      ...yookassaAgentEnv(fake, "185.71.76.0/27"),
      OBD_DRIVER: "elm327",
      OBD_PORT: device.driverPath,
      OBD_BAUD_RATE: "38400",
    });
    api = createKioskClient({ url: env.url });
  });
  afterAll(async () => {
    await env.stop();
    await device.close();
    await fake.stop();
  });

  async function paidSession() {
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "c@example.com" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    await payAtYooKassa(env, fake, payment.id);
    return session;
  }

  it("with the ignition off the scan fails IGNITION_OFF, the session stays active, and the retry reads the car", async () => {
    const session = await paidSession();
    await api.devices.scan.start.mutate({ sessionId: session.id });
    const failed = (await scanToEnd(api, session.id)).at(-1);
    expect(failed).toMatchObject({ state: "failed", error: { code: "IGNITION_OFF" } });
    expect((await api.sessions.get.query({ id: session.id })).status).toBe("active");
    expect(await scrape(env.url, 'diagnostics_scans_total{outcome="ignition_off"}')).toBe(1);

    device.simulator.setIgnition(true);
    await api.devices.scan.start.mutate({ sessionId: session.id });
    const done = (await scanToEnd(api, session.id)).at(-1);
    expect(done?.state).toBe("done");
    expect(done?.ecus.flatMap((e) => e.stored)).toHaveLength(9);
    expect((await api.reports.fromScan.mutate({ sessionId: session.id })).type).toBe("diagnostics");
    expect(device.simulator.stats.clearRequests).toBe(0);
  });

  it("a scan started while the adapter is out waits for it, and reads the car once it is plugged in", async () => {
    const session = await paidSession();
    await device.unplug();
    await eventually(
      () => api.catalog.get.query(),
      (c) => !c.services.diagnostics.available,
      15_000,
    );
    const started = await api.devices.scan.start.mutate({ sessionId: session.id });
    expect(started.state).toBe("waiting");
    await device.replug();
    const done = (await scanToEnd(api, session.id)).at(-1);
    expect(done).toMatchObject({ state: "done", vin: "1HGCM82633A004352" });
  });

  it("withdraws a diagnostics QR code when the adapter goes away before the customer pays", async () => {
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "e@example.com" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    expect(payment.status).toBe("pending");
    await device.unplug();
    const cancelled = await eventually(
      () => api.payments.get.query({ id: payment.id }),
      (p) => p.status !== "pending",
      15_000,
    );
    expect(cancelled.status).toBe("cancelled");
    expect(fake.findByOurId(payment.id)?.status).toBe("canceled");
    await device.replug();
    await eventually(
      () => api.catalog.get.query(),
      (c) => c.services.diagnostics.available,
      15_000,
    );
  });

  it("an unplugged adapter stops the sale within 15 s: the catalog says so and a payment for it is refused", async () => {
    await device.unplug();
    const catalog = await eventually(
      () => api.catalog.get.query(),
      (c) => !c.services.diagnostics.available,
      15_000,
    );
    expect(catalog.services.diagnostics.device).toMatchObject({ driver: "elm327", ready: false });
    expect(catalog.services.thickness.available).toBe(true);
    expect(await scrape(env.url, 'device_connected{device="obd"}')).toBe(0);
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "d@example.com" } });
    const refused = await codeOf(api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 }));
    expect(refused).toBe("DEVICE_NOT_READY");
    expect(fake.payments.size).toBe(3);

    await device.replug();
    await eventually(
      () => api.catalog.get.query(),
      (c) => c.services.diagnostics.available,
      15_000,
    );
  });
});

describe("an adapter unplugged in the middle of a paid scan", () => {
  let device: ServedSimulator;
  let env: TestAgent;
  let api: KioskClient;
  let operator: KioskClient;
  beforeAll(async () => {
    device = await serveSimulator({ profile: profiles.unplugged });
    env = await startTestAgent(
      { OBD_DRIVER: "elm327", OBD_PORT: device.driverPath, OBD_BAUD_RATE: "38400" },
      { payments: { dev: { manualMode: true } } },
    );
    api = createKioskClient({ url: env.url });
    operator = createKioskClient({ url: env.url, token: operatorToken });
  });
  afterAll(async () => {
    await env.stop();
    await device.close();
  });

  it("fails the scan UNPLUGGED, pages through device_error, keeps the session paid and active, and a retry reads the car", async () => {
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "f@example.com" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    await operator.payments.confirm.mutate({ id: payment.id });
    await api.devices.scan.start.mutate({ sessionId: session.id });
    const failed = (await scanToEnd(api, session.id)).at(-1);
    expect(failed).toMatchObject({ state: "failed", error: { code: "UNPLUGGED" } });
    expect((await api.sessions.get.query({ id: session.id })).status).toBe("active");
    expect((await api.payments.get.query({ id: payment.id })).status).toBe("confirmed");
    expect(await scrape(env.url, 'diagnostics_scans_total{outcome="device_error"}')).toBe(1);
    expect(await scrape(env.url, 'device_errors_total{device="obd",code="UNPLUGGED"}')).toBe(1);
    // The operator reseats the adapter; the customer tries again.
    await device.replug();
    await eventually(
      () => api.catalog.get.query(),
      (c) => c.services.diagnostics.available,
      15_000,
    );
    await api.devices.scan.start.mutate({ sessionId: session.id });
    expect((await scanToEnd(api, session.id)).at(-1)?.state).toBe("done");
  });
});

describe("a scan running when the agent stops", () => {
  it("ends INTERRUPTED before the database closes, and the customer may scan again after the restart", async () => {
    const env = await startTestAgent({ OBD_SIMULATOR_PROFILE: "late" }, { payments: { dev: { manualMode: true } } });
    const api = createKioskClient({ url: env.url });
    const operator = createKioskClient({ url: env.url, token: operatorToken });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "g@example.com" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    await operator.payments.confirm.mutate({ id: payment.id });
    await api.devices.scan.start.mutate({ sessionId: session.id });
    await eventually(
      () => api.devices.scan.get.query({ sessionId: session.id }),
      (scan) => scan.state === "connecting" || scan.state === "reading",
      10_000,
    );
    await env.halt();
    const again = await startTestAgent({}, { payments: { dev: { manualMode: true } } }, { storage: env.storage });
    try {
      const client = createKioskClient({ url: again.url });
      expect(await client.devices.scan.get.query({ sessionId: session.id })).toMatchObject({
        state: "failed",
        error: { code: "INTERRUPTED", message: "the agent is shutting down" },
      });
      await client.devices.scan.start.mutate({ sessionId: session.id });
      expect((await scanToEnd(client, session.id)).at(-1)?.state).toBe("done");
    } finally {
      await again.stop();
    }
  }, 30_000);
});

describe("the adapter's cell in the locker (DEV: the simulated board)", () => {
  it("a scan hands out the adapter from cell 2 and the stream follows its return; a jammed cell fails it LOCKER_JAMMED", async () => {
    for (const scenario of ["normal", "jammed"] as const) {
      const env = await startTestAgent(
        { LOCKER_SIMULATOR_SCENARIO: scenario, LOCKER_SIMULATOR_CLOSE_AFTER_MS: "500", LOCKER_OPEN_TIMEOUT_MS: "400" },
        { payments: { dev: { manualMode: true } } },
      );
      try {
        const api = createKioskClient({ url: env.url });
        const operator = createKioskClient({ url: env.url, token: operatorToken });
        const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "c@example.com" } });
        const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
        await operator.payments.confirm.mutate({ id: payment.id });
        await api.devices.scan.start.mutate({ sessionId: session.id });
        const seen: Scan[] = await new Promise((resolve, reject) => {
          const views: Scan[] = [];
          // The stream ends by itself: once the scan is over and the adapter back (or never handed out).
          const subscription = api.devices.scan.onProgress.subscribe(
            { sessionId: session.id },
            {
              onData: (view) => views.push(view),
              onComplete: () => resolve(views),
              onError: reject,
            },
          );
          setTimeout(() => {
            subscription.unsubscribe();
            reject(new Error(`the stream did not end: ${JSON.stringify(views.at(-1))}`));
          }, 15_000);
        });
        const lockerStates = [...new Set(seen.map((view) => view.locker?.state))];
        if (scenario === "normal") {
          expect(seen.at(-1)).toMatchObject({ state: "done", locker: { device: "obd", cell: 2, state: "returned" } });
          expect(lockerStates).toEqual(expect.arrayContaining(["out", "returning", "returned"]));
        } else {
          expect(seen.at(-1)).toMatchObject({
            state: "failed",
            error: { code: "LOCKER_JAMMED" },
            locker: { state: "jammed" },
          });
          expect(await scrape(env.url, 'diagnostics_scans_total{outcome="locker_jammed"}')).toBe(1);
          expect(await scrape(env.url, 'diagnostics_scans_total{outcome="device_error"}')).toBe(0);
          expect(await scrape(env.url, "locker_jams_total")).toBe(1);
        }
      } finally {
        await env.stop();
      }
    }
  }, 30_000);
});
