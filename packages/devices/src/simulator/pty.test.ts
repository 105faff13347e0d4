import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { can11, late, unplugged } from "./profiles";
import { openPtyLink, type PtyLink, serveSimulator, type ServedSimulator, startPtyPair } from "./pty";
import { Terminal } from "./terminal";

// These drive the simulator through a real pseudo-terminal pair (socat), raw bytes in and out.
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function serve(
  options: Parameters<typeof serveSimulator>[0],
): Promise<{ served: ServedSimulator; term: Terminal; link: PtyLink }> {
  const served = await serveSimulator(options);
  cleanup.push(() => served.close());
  const link = openPtyLink(served.driverPath);
  cleanup.push(() => link.close());
  return { served, term: new Terminal(link), link };
}

describe("the simulator on a pseudo-terminal", () => {
  it("makes a pty pair whose two ends talk, and removes its links when closed", async () => {
    const pair = await startPtyPair();
    const driver = new Terminal(openPtyLink(pair.driverPath));
    const device = new Terminal(openPtyLink(pair.devicePath));
    await driver.send("ATZ\r");
    expect(await device.until("\r")).toBe("ATZ\r");
    await device.send("\xfcELM327 v1.5\r>");
    expect(await driver.until(">")).toBe("\xfcELM327 v1.5\r>");
    await Promise.all([driver.link.close(), device.link.close()]);
    await pair.close();
    expect(fs.existsSync(pair.driverPath)).toBe(false);
    fs.rmSync(pair.dir, { recursive: true, force: true });
  });

  it("answers the raw bytes of a scan's start: banner, echo off, headers on, a multi-frame 03", async () => {
    const { term } = await serve({ profile: can11 });
    expect(await term.command("ATZ")).toBe("ATZ\r\r\rELM327 v1.5\r\r>");
    expect(await term.command("ATE0")).toBe("ATE0\rOK\r\r>");
    expect(await term.command("ATH1")).toBe("OK\r\r>");
    expect(await term.command("03")).toBe(
      "SEARCHING...\r" +
        "7E8 10 10 43 07 01 33 01 71\r" +
        "7E9 06 43 02 07 15 07 41 55\r" +
        "7E8 21 03 00 04 20 04 42 01\r" +
        "7E8 22 28 C1 00 00 00 00 00\r\r>",
    );
    expect(await term.command("")).toMatch(/^7E8 10 10 43 07/); // a bare CR repeats 03
  });

  it("answers 500 ms late on the late profile, over the pty", async () => {
    const { term } = await serve({ profile: late });
    const started = performance.now();
    expect(await term.command("ATZ")).toBe("ATZ\r\r\rELM327 v1.5\r\r>");
    expect(await term.command("ATE0")).toBe("ATE0\rOK\r\r>");
    expect(await term.command("0100")).toMatch(/^SEARCHING...\r41 00 88 1A 80 10\r/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 495);
  });

  it("hangs up the driver's side when the profile unplugs mid-scan, and the path goes away", async () => {
    const { served, term } = await serve({ profile: unplugged });
    await term.command("ATE0");
    for (const request of ["0100", "0101", "03"]) expect(await term.command(request)).toMatch(/>$/);
    await term.send("07\r");
    const error = await term.closed;
    expect(error?.name).toBe("LinkLostError");
    await served.unplug(); // the unplug the profile started, done
    expect(served.plugged).toBe(false);
    expect(fs.existsSync(served.driverPath)).toBe(false);
    expect(() => openPtyLink(served.driverPath)).toThrow(/ENOENT/);

    await served.replug();
    const again = new Terminal(openPtyLink(served.driverPath));
    cleanup.push(() => again.link.close());
    expect(await again.command("ATI")).toBe("ATI\rELM327 v1.5\r\r>"); // powered on again: echo on
  });

  it("answers garbage unless the driver's side is at the simulator's baud rate", async () => {
    const { served, term } = await serve({ profile: can11, checkDriverBaud: true });
    const stty = (speed: string): void => {
      expect(spawnSync("stty", ["-F", served.driverPath, speed]).status).toBe(0);
    };
    stty("9600");
    await term.send("\x7f\x7f\r");
    expect(await term.any()).toMatch(/^[\x80-\xff]+$/);
    stty("38400");
    expect(await term.command("\x7f\x7f")).toBe("\x7f\x7f\r?\r\r>");
  });
});
