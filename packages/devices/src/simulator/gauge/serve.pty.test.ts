import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openPtyLink } from "../pty";
import { Terminal } from "../terminal";
import { scriptForZones } from "./scripts";
import { serveGauge, type ServedGauge, type ServeGaugeOptions } from "./serve";

// The gauge on a real pseudo-terminal pair (socat): what a driver opening GAUGE_PORT reads.
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function serve(options: ServeGaugeOptions): Promise<{ served: ServedGauge; term: Terminal; chunks: Buffer[] }> {
  const served = await serveGauge(options);
  cleanup.push(() => served.close());
  const link = openPtyLink(served.driverPath);
  cleanup.push(() => link.close());
  const chunks: Buffer[] = [];
  link.onData((bytes) => chunks.push(bytes));
  return { served, term: new Terminal(link), chunks };
}

describe("the gauge simulator on a pseudo-terminal", () => {
  it("sends a PosiTector reading byte for byte, and a split line as two reads", async () => {
    const { served, term, chunks } = await serve({ format: "positector", unit: "mil", splitGapMs: 50 });
    await served.simulator.take({ valueUm: 381, substrate: "aluminium" });
    expect(await term.until("\r\n")).toBe("\x02 15.0mil NONFE\r\n");
    chunks.length = 0;
    await served.simulator.take({ valueUm: 381, substrate: "steel" }, { splitAt: 5 });
    expect(await term.until("\r\n")).toBe("\x02 15.0mil FE\r\n");
    expect(chunks.map((chunk) => chunk.toString("latin1"))).toEqual(["\x02 15.", "0mil FE\r\n"]);
  });

  it("plays a vehicle's script in the line protocol once served with autoPlay", async () => {
    const script = scriptForZones(["hood-1", "hood-2", "roof-1"], { withZones: true });
    const { term } = await serve({ format: "line", script, intervalMs: 5, autoPlay: true });
    expect(await term.until("roof-1\r\n")).toBe(
      "H KIOSK-SIM fw1.0\r\n" + "M 1 95 um FE hood-1\r\n" + "M 2 124 um FE hood-2\r\n" + "M 3 98 um FE roof-1\r\n",
    );
  });

  it("hangs up the driver's side on unplug, loses what is measured meanwhile, and comes back at the same path", async () => {
    const { served, term } = await serve({ format: "elcometer", unit: "mil" });
    await served.unplug();
    expect(await term.closed).toMatchObject({ name: "LinkLostError" });
    expect(served.plugged).toBe(false);
    expect(fs.existsSync(served.driverPath)).toBe(false);
    await served.simulator.take({ valueUm: 79.756, substrate: "aluminium" });
    expect(served.simulator.stats.dropped).toBe(1);

    await served.replug();
    const again = openPtyLink(served.driverPath);
    cleanup.push(() => again.close());
    const after = new Terminal(again);
    await served.simulator.take({ valueUm: 79.756, substrate: "aluminium" });
    expect(await after.until("\r\n")).toBe("   3.14 mil  N1    \r\n");
  });
});
