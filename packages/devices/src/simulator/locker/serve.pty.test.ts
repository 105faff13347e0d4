import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openPtyLink } from "../pty";
import { BusReader } from "./bus-reader";
import { openFrame, queryFrame } from "./protocol";
import { jammed } from "./scenarios";
import { serveLocker, type ServedLocker, type ServeLockerOptions } from "./serve";

// The board on a real pseudo-terminal pair (socat): what a driver opening LOCKER_PORT meets.
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function serve(options: ServeLockerOptions = {}): Promise<{ served: ServedLocker; bus: BusReader }> {
  const served = await serveLocker(options);
  cleanup.push(() => served.close());
  const link = openPtyLink(served.driverPath);
  cleanup.push(() => link.close());
  return { served, bus: new BusReader(link) };
}

describe("the locker board on a pseudo-terminal", () => {
  it("opens a cell and reports it in the query, byte for byte", async () => {
    const { served, bus } = await serve({ cells: 8, board: 1 });
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(await bus.exchange(openFrame(1, 2), 5)).toBe("8A 01 02 00 89");
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FD 33 4F");
    served.simulator.close(2);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(served.simulator.stats.pulses[2]).toBe(1);
  });

  it("answers only its own address on the shared bus", async () => {
    const { served, bus } = await serve({ board: 3 });
    await bus.send(queryFrame(1));
    expect(await bus.exchange(queryFrame(3), 7)).toBe("80 03 00 00 FF 33 4F");
    expect(served.simulator.stats.otherBoard).toBe(1);
  });

  it("jammed: the pulse answered 'closed', counted once", async () => {
    const { served, bus } = await serve({ scenario: jammed });
    expect(await bus.exchange(openFrame(1, 3), 5)).toBe("8A 01 03 11 99");
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(served.simulator.stats.pulses).toMatchObject({ 2: 0, 3: 1 });
  });

  it("hangs up the driver's side on unplug; after a replug the doors are as they were", async () => {
    const { served, bus } = await serve();
    await bus.exchange(openFrame(1, 1), 5);
    await served.unplug();
    expect(fs.existsSync(served.driverPath)).toBe(false);
    expect(served.plugged).toBe(false);
    await expect(bus.send(queryFrame(1))).rejects.toThrow();

    await served.replug();
    const again = openPtyLink(served.driverPath);
    cleanup.push(() => again.close());
    expect(await new BusReader(again).exchange(queryFrame(1), 7)).toBe("80 01 00 00 FE 33 4C");
  });
});
