import { afterEach, describe, expect, it } from "vitest";
import { memoryLinkPair, type LinkOpener, type MemoryLink } from "../link";
import { GaugeDevice, type GaugeDeviceOptions, type GaugeStatus } from "./device";
import type { GaugeEvent } from "./types";

const devices: GaugeDevice[] = [];
afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.stop()));
});

/** A port that opens onto a fresh memory link each time (a replug), or fails while `unplugged`. */
function port() {
  const gaugeEnds: MemoryLink[] = [];
  const state = { unplugged: false, opens: 0 };
  const waiters: Array<{ opens: number; resolve: () => void }> = [];
  /** Resolves once the port has been opened `opens` times. */
  const opened = (opens: number) => new Promise<void>((resolve) => waiters.push({ opens, resolve }));
  const opener: LinkOpener = () => {
    state.opens += 1;
    for (const waiter of waiters) if (waiter.opens === state.opens) waiter.resolve();
    if (state.unplugged) return Promise.reject(new Error("ENOENT: no such file /dev/ttyUSB0"));
    const [driverEnd, gaugeEnd] = memoryLinkPair();
    gaugeEnds.push(gaugeEnd);
    return Promise.resolve(driverEnd);
  };
  const gauge = () => gaugeEnds.at(-1)!;
  return { opener, state, gauge, opened };
}

function gaugeDevice(options: Omit<GaugeDeviceOptions, "baudRate">) {
  const statuses: GaugeStatus[] = [];
  const errors: string[] = [];
  const events: GaugeEvent[] = [];
  const device = new GaugeDevice({
    baudRate: 9600,
    reconnect: { initialMs: 1, maxMs: 4 },
    onStatus: (status) => statuses.push(status),
    onError: (code) => errors.push(code),
    ...options,
  });
  device.onEvent((event) => events.push(event));
  devices.push(device);
  return { device, statuses, errors, events };
}

describe("the gauge owner", () => {
  it("opens the port, passes the gauge's readings on, and reopens it after an unplug", async () => {
    const { opener, state, gauge, opened } = port();
    const { device, statuses, errors, events } = gaugeDevice({ driver: "positector", opener });
    device.start();
    expect(await device.whenReady(1_000)).toBe(true);
    expect(device.status()).toEqual({ driver: "positector", ready: true, error: null });

    await gauge().write(Buffer.from("\x02 15.0mil NONFE\r\n", "latin1"));
    await expect.poll(() => events.length).toBe(1);

    state.unplugged = true;
    gauge().unplug();
    await opened(5); // the first open, then four attempts while unplugged
    // Counted once per change of fault, not once per reconnect attempt.
    expect(errors).toEqual(["UNPLUGGED", "NO_ADAPTER"]);
    expect(statuses.map((status) => status.error)).toEqual([null, "UNPLUGGED", "NO_ADAPTER"]);

    state.unplugged = false;
    expect(await device.whenReady(1_000)).toBe(true);
    await gauge().write(Buffer.from("\x02 381um FE\r\n", "latin1"));
    await expect
      .poll(() => events.map((event) => event.kind === "reading" && event.substrate))
      .toEqual(["aluminium", "steel"]);
  });

  it("speaks the line protocol for the simulator, ready only once the gauge is heard", async () => {
    const { opener, gauge } = port();
    const { device, statuses } = gaugeDevice({ driver: "simulator", opener });
    expect(device.format).toBe("line");
    device.start();
    await device.whenSettled(1_000);
    expect(device.status().ready).toBe(false);
    await gauge().write(Buffer.from("H SIM-GAUGE\r\n", "latin1"));
    expect(await device.whenReady(1_000)).toBe(true);
    expect(statuses).toEqual([{ driver: "simulator", ready: true, error: null }]);
  });

  it("does nothing for `none`", async () => {
    const { device } = gaugeDevice({ driver: "none", opener: null });
    device.start();
    expect(device.settled).toBe(true);
    expect(await device.whenReady(1_000)).toBe(false);
    expect(device.status()).toEqual({ driver: "none", ready: false, error: null });
  });
});
