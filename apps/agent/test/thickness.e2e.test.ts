import { thicknessZones } from "@kiosk/core";
import { createKioskClient, kioskApiError, type KioskClient, type RouterOutputs } from "@kiosk/client";
import { serveGauge, serveLocker, type ServedGauge, type ServedLocker } from "@kiosk/devices/simulator";
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

type MeasurementEvent = RouterOutputs["devices"]["measurement"]["get"] extends infer V
  ? { measurement: V; reading: V extends { zones: Array<infer Z> } ? Z | null : never; notice: unknown }
  : never;
type Measurement = RouterOutputs["devices"]["measurement"]["get"];

/**
 * Follows the session's measurement over SSE. Resolves once the stream has
 * started (its first event, the current state, has arrived: from then on no
 * change is missed), with `done`: every event until `until` accepts one.
 */
function watch(
  api: KioskClient,
  sessionId: string,
  until: (event: MeasurementEvent) => boolean,
  timeoutMs = 15_000,
): Promise<{ done: Promise<MeasurementEvent[]> }> {
  return new Promise((started, failed) => {
    const seen: MeasurementEvent[] = [];
    let finish: (events: MeasurementEvent[]) => void = () => undefined;
    let fail: (error: unknown) => void = failed;
    const done = new Promise<MeasurementEvent[]>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      const last = seen.at(-1)?.measurement;
      const summary = last && {
        state: last.state,
        locker: last.locker,
        next: last.next,
        measured: measuredCount(last),
      };
      fail(new Error(`no such event in ${timeoutMs} ms; ${seen.length} seen, last: ${JSON.stringify(summary)}`));
    }, timeoutMs);
    const subscription = api.devices.measurement.onReading.subscribe(
      { sessionId },
      {
        onData: (event) => {
          seen.push(event);
          if (seen.length === 1) started({ done });
          if (until(event)) {
            clearTimeout(timer);
            subscription.unsubscribe();
            finish(seen);
          }
        },
        onError: (error) => {
          clearTimeout(timer);
          fail(error);
        },
      },
    );
  });
}

/** Follows the session's measurement until `until` accepts an event; returns every event seen. */
const follow = async (
  api: KioskClient,
  sessionId: string,
  until: (event: MeasurementEvent) => boolean,
): Promise<MeasurementEvent[]> => (await watch(api, sessionId, until)).done;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => kioskApiError(error)?.details.reason ?? kioskApiError(error)?.code ?? String(error),
  );

const measuredCount = (m: Measurement) => m.zones.filter((zone) => zone.valueUm !== null).length;
const lockerStates = (events: MeasurementEvent[]) => [
  ...new Set(events.map((event) => event.measurement.locker?.state ?? "none")),
];

async function auditEvents(url: string, event: string): Promise<Array<{ details: Record<string, unknown> }>> {
  const response = await fetch(`${url}/api/audit?event=${event}`, {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  return ((await response.json()) as { items: Array<{ details: Record<string, unknown> }> }).items;
}

describe("a thickness visit in DEV: the simulated gauge and locker behind the real drivers", () => {
  let env: TestAgent;
  let api: KioskClient;
  let operator: KioskClient;
  beforeAll(async () => {
    env = await startTestAgent(
      { GAUGE_SIMULATOR_INTERVAL_MS: "20", LOCKER_SIMULATOR_CLOSE_AFTER_MS: "600" },
      { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50 } },
    );
    api = createKioskClient({ url: env.url });
    operator = createKioskClient({ url: env.url, token: operatorToken });
  });
  afterAll(() => env.stop());

  async function paidSession(vehicleType = "hatchback", paid = true) {
    const session = await api.sessions.create.mutate({
      type: "thickness",
      contact: { email: "client@example.com" },
      metadata: { vehicleType, vehicleMake: "Kia", vehicleModel: "Rio" },
    });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 35000 });
    if (paid) await operator.payments.confirm.mutate({ id: payment.id });
    return session;
  }

  it("says in the catalog that thickness can be sold, with the gauge and the locker up", async () => {
    const catalog = await api.catalog.get.query();
    expect(catalog.services.thickness).toMatchObject({
      available: true,
      device: { driver: "simulator", ready: true, error: null },
    });
    expect(await scrape(env.url, 'device_connected{device="gauge"}')).toBe(1);
    expect(await scrape(env.url, 'device_connected{device="locker"}')).toBe(1);
  });

  it("hands out the gauge, fills every zone from its readings, takes it back, and makes the report from them", async () => {
    const session = await paidSession("hatchback");
    const started = await api.devices.measurement.start.mutate({ sessionId: session.id });
    expect(started).toMatchObject({ state: "waiting", vehicleType: "hatchback", next: "hood-front" });
    expect(started.zones).toHaveLength(44);
    const measuring = await follow(api, session.id, (e) => e.measurement.canFinish);
    expect(lockerStates(measuring).slice(0, 3)).toEqual(["opening", "out"].slice(0, lockerStates(measuring).length));
    const ready = measuring.at(-1)?.measurement;
    expect(ready).toMatchObject({ state: "measuring", gauge: "KIOSK-SIM fw1.0", next: null });
    expect(measuredCount(ready as Measurement)).toBe(44);
    // Each reading came with its zone, in the guided order, and the server's verdict for its value.
    const readings = (ready as Measurement).zones;
    expect(readings.map((r) => r.zone)).toEqual(thicknessZones("hatchback").map((z) => z.id));
    expect(measuring.filter((e) => e.reading !== null).length).toBeGreaterThan(0);
    for (const reading of readings) {
      const value = reading.valueUm as number;
      expect(reading.verdict).toBe(value <= 200 ? "normal" : value <= 300 ? "warning" : "critical");
      expect(reading).toMatchObject({ substrate: "steel", label: expect.any(String) as string });
    }
    expect(new Set(readings.map((r) => r.verdict)).size).toBeGreaterThan(1);

    const finishing = (await watch(api, session.id, (e) => e.measurement.locker?.state === "returned")).done;
    const finished = await api.devices.measurement.finish.mutate({ sessionId: session.id });
    expect(finished).toMatchObject({
      state: "done",
      next: null,
      locker: { device: "gauge", cell: 3, state: "returning" },
    });
    // The report does not wait for the door.
    const report = await api.reports.fromMeasurement.mutate({ sessionId: session.id });
    expect(lockerStates(await finishing)).toContain("returned");
    const text = pdfToText(Buffer.from((await api.reports.getPdf.query({ id: report.id })).base64, "base64"));
    expect(text).toContain("Капот, центр");
    expect(text).toContain("Kia Rio");
    expect(report.data).toMatchObject({ vehicleType: "hatchback", measurementId: started.id });
    expect(await codeOf(api.reports.fromMeasurement.mutate({ sessionId: session.id }))).toBe("CONFLICT");
    expect(await scrape(env.url, 'thickness_readings_total{substrate="steel"}')).toBeGreaterThanOrEqual(44);
    const handedOut = await auditEvents(env.url, "device.handed_out");
    expect(handedOut.some((row) => row.details.sessionId === session.id && row.details.cell === 3)).toBe(true);
    const returned = await auditEvents(env.url, "device.returned");
    expect(returned.some((row) => row.details.sessionId === session.id)).toBe(true);
  });

  it("a restart mid-measurement loses no reading: the measurement ends INTERRUPTED, and a start continues it", async () => {
    const session = await paidSession("sedan");
    await api.devices.measurement.start.mutate({ sessionId: session.id });
    const some = await follow(api, session.id, (e) => measuredCount(e.measurement) >= 3);
    await env.halt();
    env = await startTestAgent(
      { GAUGE_SIMULATOR_INTERVAL_MS: "20", LOCKER_SIMULATOR_CLOSE_AFTER_MS: "600" },
      { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50 } },
      { storage: env.storage },
    );
    api = createKioskClient({ url: env.url });
    operator = createKioskClient({ url: env.url, token: operatorToken });
    const after = await api.devices.measurement.get.query({ sessionId: session.id });
    expect(after).toMatchObject({ state: "failed", error: { code: "INTERRUPTED" } });
    const kept = measuredCount(after);
    expect(kept).toBeGreaterThanOrEqual(measuredCount(some.at(-1)?.measurement as Measurement));
    const continued = await api.devices.measurement.start.mutate({ sessionId: session.id });
    expect(continued.state).toBe("waiting");
    expect(measuredCount(continued)).toBe(kept);
    const more = await follow(api, session.id, (e) => measuredCount(e.measurement) > kept);
    expect(more.at(-1)?.measurement.zones.slice(0, kept)).toEqual(after.zones.slice(0, kept));
  });

  it("over REST: 202 on start, the issue's shape on GET, 400 for an unknown zone, 409 until the zones are measured", async () => {
    const session = await paidSession("sedan");
    const headers = { "content-type": "application/json" };
    const start = await fetch(`${env.url}/api/devices/measurement`, {
      method: "POST",
      headers,
      body: JSON.stringify({ sessionId: session.id }),
    });
    expect(start.status).toBe(202);
    const got = (await (await fetch(`${env.url}/api/devices/measurement/${session.id}`)).json()) as Measurement;
    expect(got).toMatchObject({ state: expect.any(String) as string, error: null, next: expect.any(String) as string });
    expect(got.zones).toHaveLength(45);
    expect(Object.keys(got.zones[0] ?? {})).toEqual(
      expect.arrayContaining(["zone", "label", "valueUm", "substrate", "verdict"]),
    );
    const early = await fetch(`${env.url}/api/devices/measurement/${session.id}/finish`, { method: "POST", headers });
    expect(early.status).toBe(409);
    const unknown = await fetch(`${env.url}/api/devices/measurement/${session.id}/remeasure`, {
      method: "POST",
      headers,
      body: JSON.stringify({ zone: "sliding-door-top" }),
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      "UNKNOWN_ZONE",
    );
    const early2 = await fetch(`${env.url}/api/reports/from-measurement`, {
      method: "POST",
      headers,
      body: JSON.stringify({ sessionId: session.id }),
    });
    expect(early2.status).toBe(409);
  });

  it("refuses a measurement of an unpaid session, of a diagnostics session and of an unknown one", async () => {
    const unpaid = await paidSession("sedan", false);
    expect(await codeOf(api.devices.measurement.start.mutate({ sessionId: unpaid.id }))).toBe("NOT_PAID");
    const diagnostics = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "d@example.com" } });
    expect(await codeOf(api.devices.measurement.start.mutate({ sessionId: diagnostics.id }))).toBe("CONFLICT");
    expect(await codeOf(api.devices.measurement.start.mutate({ sessionId: "ses_nope" }))).toBe("NOT_FOUND");
    expect(await codeOf(api.devices.measurement.get.query({ sessionId: unpaid.id }))).toBe("NOT_FOUND");
  });

  it("lets operators see the cells and open one, audited; the kiosk's token may not", async () => {
    const cells = await operator.devices.locker.status.query();
    expect(cells).toMatchObject({ driver: "simulator", ready: true, error: null });
    expect(cells.cells).toHaveLength(8);
    expect(cells.cells.find((c) => c.cell === 2)).toMatchObject({ device: "obd" });
    const opened = await fetch(`${env.url}/api/devices/locker/open/5`, {
      method: "POST",
      headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ cell: 5, door: "open", wasOpen: false });
    const rows = await auditEvents(env.url, "locker.opened");
    expect(rows.at(0)?.details).toMatchObject({ cell: 5, outcome: "opened" });
    expect((await fetch(`${env.url}/api/devices/locker`)).status).toBe(401);
    // Beyond this board's 8 cells, beyond any board's 24, not a number: 400, never a 500.
    for (const cell of ["9", "30", "abc", "0"]) {
      const beyond = await fetch(`${env.url}/api/devices/locker/open/${cell}`, {
        method: "POST",
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      expect(beyond.status, cell).toBe(400);
    }
  });
});

/** A PROD agent whose gauge (in `format`) and locker board sit on real serial ports: PTY pairs from socat. */
async function prodAgent(
  fake: FakeYooKassa,
  gauge: ServedGauge,
  locker: ServedLocker,
  driver: string,
  extra: Record<string, string> = {},
  sweepIntervalMs = 15_000,
) {
  const env = await startTestAgent(
    {
      ...yookassaAgentEnv(fake, "185.71.76.0/27"),
      GAUGE_DRIVER: driver,
      GAUGE_PORT: gauge.driverPath,
      LOCKER_DRIVER: "rs485",
      LOCKER_PORT: locker.driverPath,
      LOCKER_OPEN_TIMEOUT_MS: "300",
      ...extra,
    },
    {
      devices: { gauge: { requiredZones: ["hood-front", "hood-center", "roof-front"] } },
      sessions: { sweepIntervalMs },
    },
  );
  // A line-protocol gauge counts as there once it is heard (its hello or battery line), not when its port opens.
  const api = createKioskClient({ url: env.url });
  await eventually(
    () => api.catalog.get.query(),
    (c) => c.services.thickness.available,
    10_000,
  );
  return env;
}

async function paidProdSession(env: TestAgent, fake: FakeYooKassa, api: KioskClient) {
  const session = await api.sessions.create.mutate({
    type: "thickness",
    contact: { phone: "+79990001122" },
    metadata: { vehicleType: "sedan" },
  });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 35000 });
  await payAtYooKassa(env, fake, payment.id);
  return { session, payment };
}

describe.each([
  { driver: "positector", unit: "mil" as const },
  { driver: "elcometer", unit: "mil" as const },
  { driver: "line", unit: "um" as const },
])("a thickness visit in PROD: a $driver gauge and an RS-485 locker on PTYs", ({ driver, unit }) => {
  let fake: FakeYooKassa;
  let gauge: ServedGauge;
  let locker: ServedLocker;
  let env: TestAgent;
  let api: KioskClient;
  beforeAll(async () => {
    fake = await new FakeYooKassa().start();
    gauge = await serveGauge({ format: driver as "positector", unit, heartbeatMs: 200 });
    locker = await serveLocker({ closeAfterMs: 600 });
    env = await prodAgent(fake, gauge, locker, driver);
    api = createKioskClient({ url: env.url });
  });
  afterAll(async () => {
    await env.stop();
    await Promise.all([gauge.close(), locker.close(), fake.stop()]);
  });

  it(
    "reads the gauge's own lines into zones, in µm, measures a zone again on a tap, and returns the gauge",
    { timeout: 20_000 },
    async () => {
      const { session } = await paidProdSession(env, fake, api);
      await api.devices.measurement.start.mutate({ sessionId: session.id });
      await follow(api, session.id, (e) => e.measurement.state === "measuring");
      expect(locker.simulator.stats.pulses[3]).toBe(1);

      const filled = (await watch(api, session.id, (e) => measuredCount(e.measurement) === 2)).done;
      await gauge.simulator.take({ valueUm: 127, substrate: "steel" });
      await gauge.simulator.take({ valueUm: 330.2, substrate: "aluminium" });
      const events = await filled;
      const readings = events.flatMap((e) => (e.reading ? [e.reading] : []));
      expect(readings.map((r) => [r.zone, r.substrate, r.verdict])).toEqual([
        ["hood-front", "steel", "normal"],
        ["hood-center", "aluminium", "critical"],
      ]);
      // 5.0 mil is 127 µm; the gauges round what they display, the agent keeps 0.1 µm.
      expect(readings[0]?.valueUm).toBeCloseTo(127, 0);

      const asked = await api.devices.measurement.remeasure.mutate({ sessionId: session.id, zone: "hood-front" });
      expect(asked.next).toBe("hood-front");
      const again = (await watch(api, session.id, (e) => e.reading?.zone === "hood-front")).done;
      await gauge.simulator.take({ valueUm: 254, substrate: "steel" });
      const redone = (await again).at(-1)?.measurement as Measurement;
      expect(redone.zones.slice(0, 2).map((z) => [z.zone, z.verdict])).toEqual([
        ["hood-front", "warning"],
        ["hood-center", "critical"],
      ]);
      // The required zones come first: roof-front is asked for before the rest of the hood.
      expect(redone.next).toBe("roof-front");
      expect(await codeOf(api.devices.measurement.finish.mutate({ sessionId: session.id }))).toBe("MISSING_ZONES");

      const third = (await watch(api, session.id, (e) => e.measurement.canFinish)).done;
      await gauge.simulator.take({ valueUm: 110, substrate: "steel" });
      await gauge.simulator.take({ valueUm: 115, substrate: "steel" });
      await third;
      // The customer shut the door after taking the gauge: the return must open it again.
      await eventually(
        () => Promise.resolve(locker.simulator.doorClosed(3)),
        (closed) => closed,
      );
      const returned = (await watch(api, session.id, (e) => e.measurement.locker?.state === "returned")).done;
      await api.devices.measurement.finish.mutate({ sessionId: session.id });
      await returned;
      expect(locker.simulator.stats.pulses[3]).toBe(2);
      const report = await api.reports.fromMeasurement.mutate({ sessionId: session.id });
      expect(report.data).toMatchObject({ vehicleType: "sedan" });
    },
  );
});

describe("the locker's faults in PROD: a jammed cell, a gauge not returned, the gauge unplugged", () => {
  let fake: FakeYooKassa;
  let gauge: ServedGauge;
  let locker: ServedLocker;
  let env: TestAgent;
  let api: KioskClient;
  let operator: KioskClient;
  beforeAll(async () => {
    fake = await new FakeYooKassa().start();
    gauge = await serveGauge({ format: "line", heartbeatMs: 200 });
    locker = await serveLocker({ jammed: [3], leftOpen: [3], closeAfterMs: null });
    env = await prodAgent(fake, gauge, locker, "line", { LOCKER_RETURN_TIMEOUT_MS: "600" }, 200);
    api = createKioskClient({ url: env.url });
    operator = createKioskClient({ url: env.url, token: operatorToken });
  });
  afterAll(async () => {
    await env.stop();
    await Promise.all([gauge.close(), locker.close(), fake.stop()]);
  });

  /** A new thickness session's payment is refused: the service is off sale. */
  async function expectPaymentRefused() {
    const session = await api.sessions.create.mutate({
      type: "thickness",
      contact: { email: "t@example.com" },
      metadata: { vehicleType: "sedan" },
    });
    expect(await codeOf(api.payments.createIntent.mutate({ sessionId: session.id, amount: 35000 }))).toBe(
      "DEVICE_NOT_READY",
    );
  }

  /** The catalog takes thickness off sale with `code`, and a payment for it is refused. */
  async function expectOffSale(code: string) {
    const catalog = await api.catalog.get.query();
    expect(catalog.services.thickness).toMatchObject({ available: false, device: { error: code } });
    await expectPaymentRefused();
  }

  /** An operator opens the cell and sees to it: the service is on sale again. */
  async function operatorOpens(cell: number) {
    await operator.devices.locker.open.mutate({ cell });
    expect((await api.catalog.get.query()).services.thickness.available).toBe(true);
  }

  it("a jammed cell fails the measurement LOCKER_JAMMED, pages once, keeps the session paid and refundable", async () => {
    const { session, payment } = await paidProdSession(env, fake, api);
    await api.devices.measurement.start.mutate({ sessionId: session.id });
    const events = await follow(api, session.id, (e) => e.measurement.state === "failed");
    expect(events.at(-1)?.measurement).toMatchObject({
      state: "failed",
      error: { code: "LOCKER_JAMMED" },
      locker: { cell: 3, state: "jammed" },
    });
    // An open is never retried by itself: one pulse.
    expect(locker.simulator.stats.pulses[3]).toBe(1);
    expect(await scrape(env.url, "locker_jams_total")).toBe(1);
    expect((await auditEvents(env.url, "locker.jammed")).length).toBe(1);
    expect((await api.sessions.get.query({ id: session.id })).status).toBe("active");
    const refund = await operator.payments.refund.mutate({ id: payment.id });
    expect(refund.status).toMatch(/refund/);
    // Nobody else pays for that cell until an operator has seen to it.
    await expectOffSale("LOCKER_JAMMED");
    locker.simulator.jam(3, false);
    await operatorOpens(3);
  });

  it(
    "a gauge not returned raises devices_not_returned_total and an audit row; the report is made all the same",
    { timeout: 20_000 },
    async () => {
      const { session } = await paidProdSession(env, fake, api);
      await api.devices.measurement.start.mutate({ sessionId: session.id });
      await follow(api, session.id, (e) => e.measurement.state === "measuring");
      const ready = (await watch(api, session.id, (e) => e.measurement.canFinish)).done;
      for (const valueUm of [120, 130, 140]) await gauge.simulator.take({ valueUm, substrate: "steel" });
      await ready;
      const missed = (await watch(api, session.id, (e) => e.measurement.locker?.state === "not_returned")).done;
      await api.devices.measurement.finish.mutate({ sessionId: session.id });
      const report = await api.reports.fromMeasurement.mutate({ sessionId: session.id });
      expect(report.sessionId).toBe(session.id);
      await missed;
      expect(await scrape(env.url, 'devices_not_returned_total{device="gauge"}')).toBe(1);
      const rows = await auditEvents(env.url, "device.not_returned");
      expect(rows.map((row) => row.details)).toContainEqual(
        expect.objectContaining({ sessionId: session.id, device: "gauge", cell: 3 }),
      );
      await expectOffSale("DEVICE_NOT_RETURNED");
      await operatorOpens(3);
    },
  );

  it(
    "a customer who walks away with the gauge: the ended session's gauge is asked back, then missed",
    { timeout: 20_000 },
    async () => {
      const { session } = await paidProdSession(env, fake, api);
      await api.devices.measurement.start.mutate({ sessionId: session.id });
      await follow(api, session.id, (e) => e.measurement.state === "measuring");
      await api.sessions.cancel.mutate({ id: session.id });
      const before = await scrape(env.url, 'devices_not_returned_total{device="gauge"}');
      await eventually(
        () => scrape(env.url, 'devices_not_returned_total{device="gauge"}'),
        (count) => count === before + 1,
        10_000,
      );
      const rows = await auditEvents(env.url, "device.not_returned");
      expect(rows.map((row) => row.details)).toContainEqual(expect.objectContaining({ sessionId: session.id }));
      await operatorOpens(3);
    },
  );

  it("an unplugged gauge stops the thickness sale: the catalog says so and a payment is refused", async () => {
    await gauge.unplug();
    const catalog = await eventually(
      () => api.catalog.get.query(),
      (c) => !c.services.thickness.available,
      15_000,
    );
    expect(catalog.services.thickness.device).toMatchObject({ driver: "line", ready: false });
    await expectPaymentRefused();
    await gauge.replug();
    await eventually(
      () => api.catalog.get.query(),
      (c) => c.services.thickness.available,
      15_000,
    );
  });
});
