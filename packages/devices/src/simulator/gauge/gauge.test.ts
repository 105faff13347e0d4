import { afterEach, describe, expect, it } from "vitest";
import { memoryLinkPair } from "../../link";
import { Terminal } from "../terminal";
import { type GaugeFormat, type GaugeUnit, UnsupportedLineError } from "./formats";
import { GaugeSimulator, type GaugeSimulatorOptions } from "./gauge";
import { type GaugeStep, paintValueUm, quirkyScript, scriptForZones, scriptOfReadings } from "./scripts";

const gauges: GaugeSimulator[] = [];
afterEach(() => {
  for (const gauge of gauges.splice(0)) {
    gauge.stop();
    gauge.detach();
  }
});

function plug(format: GaugeFormat, unit: GaugeUnit = "um", options: Partial<GaugeSimulatorOptions> = {}) {
  const [driver, device] = memoryLinkPair();
  const gauge = new GaugeSimulator({ format, unit, ...options });
  gauges.push(gauge);
  gauge.attach(device);
  const chunks: string[] = [];
  driver.onData((bytes) => chunks.push(bytes.toString("latin1")));
  return { gauge, term: new Terminal(driver), chunks, device };
}

const line = (term: Terminal): Promise<string> => term.until("\r\n");

describe("the PosiTector 6000 format", () => {
  it("sends the manual's example byte for byte: STX, space, 15.0mil, NONFE, CR LF", async () => {
    const { gauge, term } = plug("positector", "mil");
    await gauge.take({ valueUm: 381, substrate: "aluminium" });
    expect(await line(term)).toBe("\x02 15.0mil NONFE\r\n");
  });

  it("sends whole micrometres and FE over steel", async () => {
    const { gauge, term } = plug("positector", "um");
    await gauge.take({ valueUm: 381, substrate: "steel" });
    await gauge.take({ valueUm: 97.6, substrate: "aluminium" });
    expect(await line(term)).toBe("\x02 381um FE\r\n");
    expect(await line(term)).toBe("\x02 98um NONFE\r\n");
  });

  it("sends nothing for a lifted probe and has no error or battery line", async () => {
    const { gauge, term, chunks } = plug("positector");
    await gauge.noReading();
    expect(() => gauge.error("E1", "x")).toThrow(UnsupportedLineError);
    expect(() => gauge.battery(50)).toThrow(UnsupportedLineError);
    await gauge.take({ valueUm: 120, substrate: "steel" });
    expect(await line(term)).toBe("\x02 120um FE\r\n");
    expect(chunks).toEqual(["\x02 120um FE\r\n"]);
  });
});

describe("the Elcometer 456 format", () => {
  it("sends the gauge's line in mils byte for byte, the field N1 over aluminium", async () => {
    const { gauge, term } = plug("elcometer", "mil");
    await gauge.take({ valueUm: 3.14 * 25.4, substrate: "aluminium" });
    await gauge.take({ valueUm: 381, substrate: "steel" });
    expect(await line(term)).toBe("   3.14 mil  N1    \r\n");
    expect(await line(term)).toBe("   15.0 mil  F1    \r\n");
  });

  it("sends micrometres to 0.1 under 100 and whole above, and --- for no reading", async () => {
    const { gauge, term } = plug("elcometer", "um");
    await gauge.take({ valueUm: 70.7, substrate: "aluminium" });
    await gauge.take({ valueUm: 150, substrate: "steel" });
    await gauge.noReading();
    expect(await line(term)).toBe("   70.7 um   N1    \r\n");
    expect(await line(term)).toBe("    150 um   F1    \r\n");
    expect(await line(term)).toBe("    --- um   F1    \r\n");
  });
});

describe("the line protocol", () => {
  it("says H when attached, numbers its M lines from 1 with the zone; E and B lines between", async () => {
    const { gauge, term } = plug("line", "um");
    await gauge.take({ valueUm: 381, substrate: "steel", zone: "hood-center" });
    await gauge.error("CAL", "calibration needed");
    await gauge.battery(80.4);
    await gauge.take({ valueUm: 70.66, substrate: "unknown" });
    await gauge.noReading();
    await gauge.error("NO_PROBE", "");
    expect(await line(term)).toBe("H KIOSK-SIM fw1.0\r\n");
    expect(await line(term)).toBe("M 1 381 um FE hood-center\r\n");
    expect(await line(term)).toBe("E CAL calibration needed\r\n");
    expect(await line(term)).toBe("B 80\r\n");
    expect(await line(term)).toBe("M 2 70.7 um ?\r\n");
    expect(await line(term)).toBe("E PROBE probe lifted during the reading\r\n");
    expect(await line(term)).toBe("E NO_PROBE\r\n");
  });

  it("sends a B line every heartbeatMs, with the last battery it was told", async () => {
    const { gauge, term } = plug("line", "um", { hello: "ACME-TG2 fw1.4", heartbeatMs: 5 });
    expect(await line(term)).toBe("H ACME-TG2 fw1.4\r\n");
    expect(await line(term)).toBe("B 87\r\n");
    await gauge.battery(40);
    expect(await line(term)).toBe("B 40\r\n");
    expect(await line(term)).toBe("B 40\r\n");
    gauge.detach();
  });

  it("repeats the last reading with its seq, as a radio retry does", async () => {
    const { gauge, term } = plug("line", "um", { hello: null });
    await gauge.repeat();
    await gauge.take({ valueUm: 98, substrate: "aluminium" });
    await gauge.repeat();
    await gauge.take({ valueUm: 99, substrate: "aluminium" });
    expect(await line(term)).toBe("M 1 98 um NFE\r\n");
    expect(await line(term)).toBe("M 1 98 um NFE\r\n");
    expect(await line(term)).toBe("M 2 99 um NFE\r\n");
    expect(gauge.stats.lines.repeat).toBe(1);
  });

  it("sends mils to 0.01 and refuses a zone id with a space", async () => {
    const { gauge, term } = plug("line", "mil", { hello: null });
    await gauge.take({ valueUm: 381, substrate: "aluminium", zone: "roof-1" });
    expect(await line(term)).toBe("M 1 15.00 mil NFE roof-1\r\n");
    expect(() => gauge.take({ valueUm: 1, substrate: "steel", zone: "Капот, центр" })).toThrow(/no spaces/);
  });
});

describe("the gauge's quirks", () => {
  it("splits a line in two writes at the byte asked for", async () => {
    const { gauge, term, chunks } = plug("positector", "um", { splitGapMs: 1 });
    await gauge.take({ valueUm: 120, substrate: "steel" }, { splitAt: 4 });
    expect(await line(term)).toBe("\x02 120um FE\r\n");
    expect(chunks).toEqual(["\x02 12", "0um FE\r\n"]);
  });

  it("sends a garbage line and a value out of range in its own format", async () => {
    const { gauge, term } = plug("elcometer", "um");
    await gauge.garbage();
    await gauge.outOfRange();
    expect(await line(term)).toBe("\xfe\xff#@!\x00\r\n");
    expect(await line(term)).toBe("  99999 um   F1    \r\n");
    expect(gauge.stats.lines).toEqual({
      reading: 0,
      noReading: 0,
      error: 0,
      battery: 0,
      hello: 0,
      repeat: 0,
      garbage: 1,
      outOfRange: 1,
    });
  });

  it("loses what it measures while unplugged, and sends again once attached", async () => {
    const { gauge, term, device } = plug("line", "um", { hello: null });
    device.unplug();
    await gauge.take({ valueUm: 100, substrate: "steel" });
    expect(gauge.attached).toBe(false);
    expect(gauge.stats.dropped).toBe(1);
    const [driver, again] = memoryLinkPair();
    gauge.attach(again);
    const after = new Terminal(driver);
    await gauge.take({ valueUm: 101, substrate: "steel" });
    expect(await line(after)).toBe("M 2 101 um FE\r\n"); // the lost reading used its number
    expect(term.pending).toBe("");
  });
});

describe("auto mode", () => {
  it("plays the quirky script one step at a time on an Elcometer", async () => {
    const { gauge, term, chunks } = plug("elcometer", "um", { splitGapMs: 1 });
    const played = gauge.play(quirkyScript, 2);
    expect(gauge.playing).toBe(true);
    const lines = [];
    for (let i = 0; i < 6; i++) lines.push(await line(term));
    await played;
    expect(lines).toEqual([
      "    120 um   F1    \r\n",
      "    --- um   F1    \r\n",
      "\xfe\xff#@!\x00\r\n",
      "  99999 um   F1    \r\n",
      "   98.0 um   N1    \r\n",
      "   98.0 um   N1    \r\n",
    ]);
    expect(chunks.slice(0, 2)).toEqual(["    ", "120 um   F1    \r\n"]);
    expect(gauge.playing).toBe(false);
  });

  it("skips on a PosiTector what it cannot say, and stops when told", async () => {
    const { gauge, term } = plug("positector", "um");
    const script: GaugeStep[] = [{ kind: "error", code: "E1", message: "x" }, ...scriptOfReadings(40)];
    const played = gauge.play(script, 1);
    expect(await line(term)).toBe(`\x02 ${paintValueUm(0)}um FE\r\n`);
    expect(await line(term)).toBe(`\x02 ${paintValueUm(1)}um FE\r\n`);
    gauge.stop();
    await played;
    expect(gauge.stats.skipped).toBe(1);
    expect(gauge.stats.lines.reading).toBe(2);
  });

  it("makes one reading per zone, in order, from the vehicle's zone list", () => {
    const zones = Array.from({ length: 45 }, (_, i) => `zone-${i + 1}`);
    const script = scriptForZones(zones, { withZones: true, substrate: "aluminium" });
    expect(script).toHaveLength(45);
    expect(script[0]).toEqual({ kind: "reading", valueUm: 95, substrate: "aluminium", zone: "zone-1" });
    expect(script[6]).toEqual({ kind: "reading", valueUm: 257, substrate: "aluminium", zone: "zone-7" });
    expect(script[12]).toEqual({ kind: "reading", valueUm: 564, substrate: "aluminium", zone: "zone-13" });
  });
});
