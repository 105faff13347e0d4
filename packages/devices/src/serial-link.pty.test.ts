import { afterEach, describe, expect, it } from "vitest";
import { Elm327 } from "./elm327/driver";
import { ObdAdapter, type DeviceStatus } from "./obd-adapter";
import { readVehicle } from "./scan/read-vehicle";
import { serialLinkOpener } from "./serial-link";
import { profiles, serveSimulator, type ServedSimulator } from "./simulator";

/**
 * The real driver over a real serial port: a pseudo-terminal pair from socat,
 * the simulator on its far side. This is where serialport 13's late-reply stall
 * on Node 26 shows, if the link's wake-up (serial-link.ts) is missing.
 */
const served: ServedSimulator[] = [];
afterEach(async () => {
  await Promise.all(served.splice(0).map((s) => s.close()));
});

async function serve(profile: (typeof profiles)[keyof typeof profiles]) {
  const s = await serveSimulator({ profile });
  served.push(s);
  return s;
}

describe("the ELM327 driver on a pseudo-terminal", () => {
  for (const name of ["can11", "can29", "iso9141", "kwp2000", "j1850", "clone15"] as const) {
    it(`reads the ${name} car through the serial port`, async () => {
      const { driverPath, simulator } = await serve(profiles[name]);
      const elm = await Elm327.open(serialLinkOpener(driverPath), { baudRate: "auto" });
      const reading = await readVehicle(elm, () => undefined);
      await elm.close();
      const held = profiles[name].ecus.flatMap((ecu) => ecu.stored);
      expect(reading.ecus.flatMap((ecu) => ecu.stored).sort()).toEqual([...held].sort());
      expect(simulator.stats.clearRequests).toBe(0);
    });
  }

  it(
    "gets every answer of an adapter that replies 500 ms late, with no other event to wake the process",
    { timeout: 20_000 },
    async () => {
      const { driverPath } = await serve(profiles.late);
      const started = performance.now();
      const elm = await Elm327.open(serialLinkOpener(driverPath), { baudRate: "auto" });
      const reading = await readVehicle(elm, () => undefined);
      const elapsed = performance.now() - started;
      await elm.close();
      expect(reading.vin).toBe("1HGCM82633A004352");
      expect(reading.ecus.map((ecu) => ecu.stored.length)).toEqual([7, 2]);
      // 14 commands at 500 ms each: a stalled read would have hit the 1.5 s command timeout instead.
      expect(elapsed).toBeLessThan(14 * 500 + 2_000);
    },
  );

  it("loses the link when the adapter is unplugged mid-scan", async () => {
    const { driverPath } = await serve(profiles.unplugged);
    const elm = await Elm327.open(serialLinkOpener(driverPath), { baudRate: "auto" });
    await expect(readVehicle(elm, () => undefined)).rejects.toMatchObject({ name: "LinkLostError" });
    expect(elm.isOpen).toBe(false);
  });
});

// Each test below waits up to 5 s at each of its steps: its own timeout covers them all
// (vitest's default of 5 s for the whole test fails it on a busy machine, not on a bug).
describe("the adapter's owner", () => {
  it("is ready while the adapter answers, not ready once it is unplugged, and ready again when it is back", async () => {
    const device = await serve(profiles.can11);
    const statuses: DeviceStatus[] = [];
    const adapter = new ObdAdapter({
      driver: "elm327",
      opener: serialLinkOpener(device.driverPath),
      baudRate: "auto",
      reconnect: { initialMs: 50, maxMs: 200 },
      onStatus: (status) => statuses.push(status),
    });
    adapter.start();
    try {
      expect(await adapter.whenReady(5_000)).toBe(true);
      expect(adapter.status()).toEqual({ driver: "elm327", ready: true, error: null, identity: "ELM327 v1.5" });
      await device.unplug();
      await expect.poll(() => adapter.status().ready, { timeout: 5_000 }).toBe(false);
      expect(adapter.status().error).toMatch(/UNPLUGGED|NO_ADAPTER/);
      await device.replug();
      expect(await adapter.whenReady(5_000)).toBe(true);
      const readiness = statuses.map((s) => s.ready).filter((ready, i, all) => i === 0 || ready !== all[i - 1]);
      expect(readiness).toEqual([true, false, true]);
    } finally {
      await adapter.stop();
    }
  }, 20_000);

  it("notices an adapter that stops answering while idle, by its ATI health probe", async () => {
    const device = await serve(profiles.can11);
    const adapter = new ObdAdapter({
      driver: "elm327",
      opener: serialLinkOpener(device.driverPath),
      baudRate: 38400,
      healthIntervalMs: 100,
      timeouts: { commandMs: 200, probeMs: 200 },
      reconnect: { initialMs: 50, maxMs: 100 },
    });
    adapter.start();
    try {
      expect(await adapter.whenReady(5_000)).toBe(true);
      // The chip hangs (a Bluetooth adapter out of range keeps its rfcomm port): nothing answers.
      device.simulator.detach();
      await expect
        .poll(() => adapter.status(), { timeout: 5_000 })
        .toMatchObject({
          ready: false,
          error: "ADAPTER_TIMEOUT",
        });
    } finally {
      await adapter.stop();
    }
  }, 20_000);
});
