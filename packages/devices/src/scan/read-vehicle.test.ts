import { describe, expect, it } from "vitest";
import { Elm327 } from "../elm327/driver";
import { DeviceError } from "../errors";
import { simulatedAdapter } from "../simulated-adapter";
import { profiles, type CarProfile } from "../simulator";
import { readVehicle, type VehicleReading } from "./read-vehicle";

async function scan(profile: CarProfile, options: Parameters<typeof simulatedAdapter>[1] = {}) {
  const { opener, simulator } = simulatedAdapter(profile, options);
  const elm = await Elm327.open(opener, { baudRate: "auto" });
  try {
    return { reading: await readVehicle(elm, () => undefined), simulator, elm };
  } finally {
    await elm.close();
  }
}

const ecu = (address: string, stored: string[], pending: string[] = [], permanent: string[] = []) => ({
  address,
  stored,
  pending,
  permanent,
});

/** What each profile's car holds, written out here (not read back from the profile), so a decoding slip shows. */
const expected: Record<string, VehicleReading> = {
  can11: {
    protocol: "ISO 15765-4 CAN (11 bit, 500 kbaud)",
    vin: "1HGCM82633A004352",
    mil: true,
    batteryVolts: 12.6,
    ecus: [
      ecu("7E8", ["P0133", "P0171", "P0300", "P0420", "P0442", "P0128", "U0100"], ["P0301"], ["P0420"]),
      ecu("7E9", ["P0715", "P0741"]),
    ],
  },
  can29: {
    protocol: "ISO 15765-4 CAN (29 bit, 500 kbaud)",
    vin: "WVWZZZ1KZAW123456",
    mil: true,
    batteryVolts: 12.4,
    ecus: [ecu("18DAF110", ["P0455", "P2187"], ["P0456"], ["P0455"]), ecu("18DAF128", ["C1234", "B0001"])],
  },
  iso9141: {
    protocol: "ISO 9141-2",
    vin: "JT2AE92E0K3123456",
    mil: true,
    batteryVolts: 12.5,
    ecus: [ecu("10", ["P0107", "P0113", "P0340", "P0505"], ["P0118"])],
  },
  kwp2000: {
    protocol: "ISO 14230-4 KWP (fast init)",
    vin: "KMHDN41BP6U123456",
    mil: true,
    batteryVolts: 12.7,
    ecus: [ecu("10", ["P0300", "P0302", "P0303"]), ecu("18", ["P0705"])],
  },
  j1850: {
    protocol: "SAE J1850 PWM",
    vin: "1FAFP40441F123456",
    mil: true,
    batteryVolts: 12.3,
    ecus: [ecu("10", ["P0401", "P1131"], ["P0402"])],
  },
  j1850vpw: {
    protocol: "SAE J1850 VPW",
    vin: "1G1JC5244T7123456",
    mil: true,
    batteryVolts: 12.4,
    ecus: [ecu("10", ["P0171", "P0174", "P0300", "P0325", "P1406"])],
  },
  clone15: {
    protocol: "ISO 15765-4 CAN (11 bit, 500 kbaud)",
    vin: "Z94CT41DBER123456",
    mil: true,
    batteryVolts: 12.6,
    ecus: [ecu("7E8", ["P0101", "P0102", "P0103", "P0104"])],
  },
  clean: {
    protocol: "ISO 15765-4 CAN (11 bit, 500 kbaud)",
    vin: "XTA210930Y2765432",
    mil: false,
    batteryVolts: 12.6,
    ecus: [ecu("7E8", [])],
  },
};

describe("a scan through the real ELM327 driver against the simulator, in process", () => {
  for (const [name, reading] of Object.entries(expected)) {
    it(`reads the ${name} car`, async () => {
      const result = await scan(profiles[name as keyof typeof profiles]);
      expect(result.reading).toEqual(reading);
      expect(result.simulator.stats.clearRequests).toBe(0);
    });
  }

  it("finds the adapter's baud rate when it is not the datasheet's default", async () => {
    const { opener } = simulatedAdapter(profiles.can11, { baudRate: 115200 });
    const elm = await Elm327.open(opener, { baudRate: "auto" });
    expect(elm.baudRate).toBe(115200);
    await elm.close();
  });

  it("fails with NO_ADAPTER when nothing answers at any standard rate", async () => {
    const { opener } = simulatedAdapter(profiles.can11, { baudRate: 14400 });
    const opened = Elm327.open(opener, { baudRate: "auto", timeouts: { probeMs: 50 } });
    await expect(opened).rejects.toMatchObject({ code: "NO_ADAPTER" });
  });

  it("says IGNITION_OFF with the key off, and reads the car once it is turned", async () => {
    const { opener, simulator } = simulatedAdapter(profiles.noIgnition);
    const elm = await Elm327.open(opener, { baudRate: "auto" });
    await expect(readVehicle(elm, () => undefined)).rejects.toMatchObject({ code: "IGNITION_OFF" });
    simulator.setIgnition(true);
    expect((await readVehicle(elm, () => undefined)).ecus).toEqual(expected.can11?.ecus);
    await elm.close();
  });

  it("says NO_VEHICLE on a bench (a low voltage on pin 16)", async () => {
    const error = await scan(profiles.noCar).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceError);
    expect(error).toMatchObject({ code: "NO_VEHICLE" });
  });

  it("fails with UNPLUGGED when the adapter goes away mid-scan", async () => {
    const error = await scan(profiles.unplugged).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "LinkLostError" });
  });

  it("copes with an adapter that answers everything 500 ms late", { timeout: 20_000 }, async () => {
    const result = await scan(profiles.late);
    expect(result.reading).toEqual({ ...expected.can11 });
  });

  it("refuses mode 04 (clear codes) without sending it", async () => {
    const { opener, simulator } = simulatedAdapter(profiles.can11);
    const elm = await Elm327.open(opener, { baudRate: "auto" });
    await elm.connectVehicle();
    for (const command of ["04", "0 4", " 04\r", "14FFFFFF"]) {
      await expect(elm.request(command)).rejects.toThrow(/never done here|refused/);
    }
    expect(simulator.stats.clearRequests).toBe(0);
    expect(simulator.stats.commands["04"]).toBeUndefined();
    await elm.close();
  });

  it("reports its steps in order", async () => {
    const { opener } = simulatedAdapter(profiles.can11);
    const elm = await Elm327.open(opener, { baudRate: "auto" });
    const steps: string[] = [];
    await readVehicle(elm, (step) => steps.push(step.step === "reading" ? `reading ${step.service}` : step.step));
    expect(steps).toEqual([
      "connecting",
      "protocol",
      "reading status",
      "reading stored",
      "reading pending",
      "reading permanent",
      "reading vin",
    ]);
    await elm.close();
  });
});
