import { describe, expect, it } from "vitest";
import { memoryLinkPair } from "../link";
import { encodeDtc, j1850Crc } from "./codec";
import { Elm327Simulator, type SimulatorOptions } from "./elm327";
import {
  type CarProfile,
  can11,
  can29,
  clean,
  clone15,
  iso9141,
  j1850,
  kwp2000,
  late,
  noCar,
  noIgnition,
  unplugged,
} from "./profiles";
import { Terminal } from "./terminal";

function plug(profile: CarProfile, options?: SimulatorOptions) {
  const [driver, device] = memoryLinkPair();
  const sim = new Elm327Simulator(profile, options);
  sim.attach(device);
  return { sim, term: new Terminal(driver), driver };
}

/** ATZ, echo off, and the driver's settings; returns the terminal ready for OBD requests. */
async function ready(profile: CarProfile, ...settings: string[]) {
  const plugged = plug(profile);
  await plugged.term.command("ATZ");
  expect(await plugged.term.command("ATE0")).toBe("ATE0\rOK\r\r>");
  for (const setting of settings) expect(await plugged.term.command(setting)).toBe("OK\r\r>");
  return plugged;
}

describe("the ELM327 simulator: framing", () => {
  it("answers ATZ with the banner after its echo, as a genuine v1.5 does", async () => {
    const { term } = plug(can11);
    expect(await term.command("ATZ")).toBe("ATZ\r\r\rELM327 v1.5\r\r>");
    expect(await term.command("ATI")).toBe("ATI\rELM327 v1.5\r\r>");
  });

  it("ignores case, spaces, NUL and LF; answers ? to garbage and to DEL DEL", async () => {
    const { term } = await ready(can11);
    expect(await term.command("a t\x00 r\nv")).toBe("12.6V\r\r>");
    expect(await term.command("\x7f\x7f")).toBe("?\r\r>");
    expect(await term.command("HELLO")).toBe("?\r\r>");
    expect(await term.command("ATX9")).toBe("?\r\r>");
    expect(await term.command("010")).toBe("?\r\r>"); // a lone trailing digit is a response count, and 0 is none
  });

  it("repeats the last command on a bare CR", async () => {
    const { term, sim } = await ready(can11);
    expect(await term.command("ATI")).toBe("ELM327 v1.5\r\r>");
    expect(await term.command("")).toBe("ELM327 v1.5\r\r>");
    expect(sim.stats.commands.ATI).toBe(2);
  });

  it("adds LF with ATL1, drops the spaces with ATS0, and ATD restores the defaults", async () => {
    const { term } = await ready(can11);
    expect(await term.command("ATL1")).toBe("OK\r\n\r\n>");
    expect(await term.command("ATS0")).toBe("OK\r\n\r\n>");
    expect(await term.command("ATH1")).toBe("OK\r\n\r\n>");
    expect(await term.command("0100")).toBe("SEARCHING...\r\n7E8064100881A801000\r\n7E90641008008000055\r\n\r\n>");
    expect(await term.command("ATD")).toBe("OK\r\r>");
    expect(await term.command("ATI")).toBe("ATI\rELM327 v1.5\r\r>"); // echo is back on
  });

  it("accepts the AT commands a driver sends", async () => {
    const { term } = await ready(can11);
    for (const command of ["ATAT1", "AT AT 2", "ATST 32", "ATCAF1", "ATAL", "ATM0", "ATSH 7DF", "ATPC", "ATTP6"]) {
      expect(await term.command(command)).toBe("OK\r\r>");
    }
    expect(await term.command("AT@1")).toBe("OBDII to RS232 Interpreter\r\r>");
    expect(await term.command("ATIGN")).toBe("ON\r\r>");
    expect(await term.command("ATWS")).toBe("\r\rELM327 v1.5\r\r>"); // echo was off; on again after
    expect(await term.command("ATE0")).toBe("ATE0\rOK\r\r>");
    expect(await term.command("ATSP A6")).toBe("OK\r\r>");
    expect(await term.command("ATDPN")).toBe("A6\r\r>");
    expect(await term.command("ATDP")).toBe("AUTO, ISO 15765-4 (CAN 11/500)\r\r>");
    await term.send("ATMA\rX");
    expect(await term.until(">")).toBe("STOPPED\r\r>");
  });

  it("leaves the PCI to the sender and shows it with CAF0; AT SH and AT CRA pick one ECU", async () => {
    const { term } = await ready(can11, "ATSP6", "ATCAF0");
    expect(await term.command("0100")).toBe("NO DATA\r\r>");
    expect(await term.command("020100")).toBe("06 41 00 88 1A 80 10 00\r06 41 00 80 08 00 00 55\r\r>");
    expect(await term.command("ATCAF1")).toBe("OK\r\r>");
    expect(await term.command("ATSH7E1")).toBe("OK\r\r>");
    expect(await term.command("0100")).toBe("41 00 80 08 00 00\r\r>");
    expect(await term.command("ATSH7DF")).toBe("OK\r\r>");
    expect(await term.command("ATCRA7E8")).toBe("OK\r\r>");
    expect(await term.command("0100")).toBe("41 00 88 1A 80 10\r\r>");
    expect(await term.command("ATCRA")).toBe("OK\r\r>");
    expect(await term.command("01001")).toBe("41 00 88 1A 80 10\r\r>"); // wait for one response only
  });

  it("says STOPPED when a byte arrives before the prompt", async () => {
    const { term, sim } = await ready({ ...can11, timing: { ...can11.timing, searchMs: 10_000 } });
    await term.send("0100\r");
    expect(await term.until("SEARCHING...\r")).toBe("SEARCHING...\r");
    await term.send("X");
    expect(await term.until(">")).toBe("STOPPED\r\r>");
    expect(sim.stats.interrupts).toBe(1);
    expect(sim.stats.bytesWhileBusy).toBe(1);
    expect(await term.command("ATDPN")).toBe("A0\r\r>"); // the search never finished
  });

  it("answers 500 ms late on the late profile, the banner too", async () => {
    const { term, sim } = plug(late);
    const started = performance.now();
    expect(await term.command("ATZ")).toBe("ATZ\r\r\rELM327 v1.5\r\r>");
    expect(performance.now() - started).toBeGreaterThanOrEqual(495);
    expect(sim.stats.waitedMs).toBeGreaterThanOrEqual(500);
  });

  it("answers garbage, never a prompt, at the wrong baud rate", async () => {
    const { term, driver } = plug(can11);
    driver.baudRate = 9600;
    await term.send("\x7f\x7f\r");
    expect(await term.any()).toMatch(/^[\x80-\xff]+$/);
    driver.baudRate = 38400;
    expect(await term.command("\x7f\x7f")).toBe("\x7f\x7f\r?\r\r>");
  });
});

describe("the ELM327 simulator: protocols", () => {
  it("searches on the first request, then reports the protocol it found", async () => {
    const { term } = await ready(can11, "ATSP0");
    expect(await term.command("ATDP")).toBe("AUTO\r\r>");
    expect(await term.command("0100")).toBe("SEARCHING...\r41 00 88 1A 80 10\r41 00 80 08 00 00\r\r>");
    expect(await term.command("0100")).toBe("41 00 88 1A 80 10\r41 00 80 08 00 00\r\r>");
    expect(await term.command("ATDP")).toBe("AUTO, ISO 15765-4 (CAN 11/500)\r\r>");
    expect(await term.command("ATDPN")).toBe("A6\r\r>");
    expect(await term.command("ATSP6")).toBe("OK\r\r>");
    expect(await term.command("ATDPN")).toBe("6\r\r>");
  });

  it("shows CAN IDs, PCI and padding with headers on", async () => {
    const { term } = await ready(can11, "ATH1", "ATSP6");
    expect(await term.command("0100")).toBe("7E8 06 41 00 88 1A 80 10 00\r7E9 06 41 00 80 08 00 00 55\r\r>");
    expect(await term.command("0101")).toBe("7E8 06 41 01 87 07 E5 00 00\r7E9 06 41 01 02 00 00 00 55\r\r>");
  });

  it("splits a long mode 03 answer into ISO-TP frames, interleaved with the other ECU", async () => {
    const { term } = await ready(can11, "ATH1");
    expect(await term.command("03")).toBe(
      "SEARCHING...\r" +
        "7E8 10 10 43 07 01 33 01 71\r" +
        "7E9 06 43 02 07 15 07 41 55\r" +
        "7E8 21 03 00 04 20 04 42 01\r" +
        "7E8 22 28 C1 00 00 00 00 00\r\r>",
    );
    expect(await term.command("ATH0")).toBe("OK\r\r>");
    expect(await term.command("03")).toBe(
      "010\r0: 43 07 01 33 01 71\r43 02 07 15 07 41\r1: 03 00 04 20 04 42 01\r2: 28 C1 00 00 00 00 00\r\r>",
    );
    expect(await term.command("07")).toBe("47 01 03 01\r47 00\r\r>");
    expect(await term.command("0A")).toBe("4A 01 04 20\r4A 00\r\r>");
  });

  it("gives the VIN as a multi-frame answer on CAN", async () => {
    const { term } = await ready(can11, "ATH1");
    expect(await term.command("0902")).toBe(
      "SEARCHING...\r7E8 10 14 49 02 01 31 48 47\r7E8 21 43 4D 38 32 36 33 33\r7E8 22 41 30 30 34 33 35 32\r\r>",
    );
    expect(await term.command("ATH0")).toBe("OK\r\r>");
    expect(await term.command("0902")).toBe(
      "014\r0: 49 02 01 31 48 47\r1: 43 4D 38 32 36 33 33\r2: 41 30 30 34 33 35 32\r\r>",
    );
  });

  it("uses 29-bit headers on protocol 7", async () => {
    const { term } = await ready(can29, "ATH1");
    expect(await term.command("0100")).toBe(
      "SEARCHING...\r18 DA F1 10 06 41 00 88 1A 80 10 AA\r18 DA F1 28 06 41 00 80 00 00 00 00\r\r>",
    );
    expect(await term.command("03")).toBe(
      "18 DA F1 10 06 43 02 04 55 21 87 AA\r18 DA F1 28 06 43 02 52 34 80 01 00\r\r>",
    );
  });

  it("prints 3 codes a line with a checksum on ISO 9141-2, and the VIN in 5 lines", async () => {
    const { term } = await ready(iso9141, "ATH1");
    expect(await term.command("03")).toBe(
      "SEARCHING...\r48 6B 10 43 01 07 01 13 03 40 65\r48 6B 10 43 05 05 00 00 00 00 10\r\r>",
    );
    expect(await term.command("ATH0")).toBe("OK\r\r>");
    expect(await term.command("0902")).toBe(
      "49 02 01 00 00 00 4A\r49 02 02 54 32 41 45\r49 02 03 39 32 45 30\r49 02 04 4B 33 31 32\r49 02 05 33 34 35 36\r\r>",
    );
    expect(await term.command("0A")).toBe("NO DATA\r\r>");
  });

  it("initiates a KWP bus when the protocol is set by hand, with KWP's length in the header", async () => {
    const { term } = await ready(kwp2000, "ATH1", "ATSP5");
    expect(await term.command("0100")).toBe(
      "BUS INIT: OK\r86 F1 10 41 00 88 1A 80 10 FA\r86 F1 18 41 00 80 00 00 00 50\r\r>",
    );
    expect(await term.command("ATSP4")).toBe("OK\r\r>");
    expect(await term.command("0100")).toBe("BUS INIT: ...ERROR\r\r>"); // the car is on fast init only
  });

  it("uses J1850 PWM headers and its CRC", async () => {
    expect(j1850Crc([..."123456789"].map((c) => c.charCodeAt(0)))).toBe(0x4b); // the CRC-8/SAE-J1850 check value
    const { term } = await ready(j1850, "ATH1");
    const crc = j1850Crc([0x41, 0x6b, 0x10, 0x43, 0x04, 0x01, 0x11, 0x31, 0x00, 0x00]);
    expect(await term.command("03")).toBe(
      `SEARCHING...\r41 6B 10 43 04 01 11 31 00 00 ${crc.toString(16).toUpperCase().padStart(2, "0")}\r\r>`,
    );
  });

  it("encodes DTCs as J2012 says", () => {
    expect(encodeDtc("P0133")).toEqual([0x01, 0x33]);
    expect(encodeDtc("U0100")).toEqual([0xc1, 0x00]);
    // 0101 0010 0011 0100: C (01), 1 (01), then 2 3 4. (51 34 would be C1134.)
    expect(encodeDtc("C1234")).toEqual([0x52, 0x34]);
    expect(encodeDtc("B0001")).toEqual([0x80, 0x01]);
  });
});

describe("the ELM327 simulator: the car", () => {
  it("cannot connect with the ignition off, then can once it is turned on", async () => {
    const { term, sim } = await ready(noIgnition);
    expect(await term.command("ATRV")).toBe("12.2V\r\r>");
    expect(await term.command("0100")).toBe("SEARCHING...\rUNABLE TO CONNECT\r\r>");
    sim.setIgnition(true);
    expect(await term.command("0101")).toBe("SEARCHING...\r41 01 87 07 E5 00\r41 01 02 00 00 00\r\r>");
  });

  it("cannot connect without a car, and its voltage says so", async () => {
    const { term } = await ready(noCar);
    expect(await term.command("ATRV")).toBe("0.4V\r\r>");
    expect(await term.command("0100")).toBe("SEARCHING...\rUNABLE TO CONNECT\r\r>");
    expect(await term.command("ATSP6")).toBe("OK\r\r>");
    expect(await term.command("0100")).toBe("CAN ERROR\r\r>");
  });

  it("says NO DATA to what no ECU supports, and a clean car has no codes", async () => {
    const { term } = await ready(clean, "ATH1");
    expect(await term.command("0101")).toBe("SEARCHING...\r7E8 06 41 01 00 07 E5 00 00\r\r>");
    expect(await term.command("03")).toBe("7E8 02 43 00 00 00 00 00 00\r\r>");
    expect(await term.command("2101")).toBe("NO DATA\r\r>");
  });

  it("counts mode 04 and clears stored and pending codes as a car would, permanent ones stay", async () => {
    const { term, sim } = await ready(can11);
    expect(await term.command("04")).toBe("SEARCHING...\r44\r44\r\r>");
    expect(sim.stats.clearRequests).toBe(1);
    expect(await term.command("0101")).toBe("41 01 00 07 E5 E5\r41 01 00 00 00 00\r\r>");
    expect(await term.command("03")).toBe("43 00\r43 00\r\r>");
    expect(await term.command("0A")).toBe("4A 01 04 20\r4A 00\r\r>");
  });

  it("unplugs the link when the request after the profile's count arrives", async () => {
    const { term, sim } = await ready(unplugged, "ATH1");
    for (const request of ["0100", "0101", "03"]) expect(await term.command(request)).toMatch(/>$/);
    await term.send("07\r");
    const error = await term.closed;
    expect(error?.message).toBe("unplugged");
    expect(sim.stats.obdRequests).toBe(4);
  });

  it("plays the clone: garbage before the banner, single CRs, ? to what it lacks", async () => {
    const { term } = plug(clone15);
    expect(await term.command("ATZ")).toBe("ATZ\r\xfcELM327 v1.5\r>");
    expect(await term.command("ATE0")).toBe("ATE0\rOK\r>");
    expect(await term.command("ATL1")).toBe("OK\r>");
    expect(await term.command("AT@1")).toBe("?\r>");
    expect(await term.command("ATMA")).toBe("?\r>");
    expect(await term.command("ATH1")).toBe("OK\r>");
    expect(await term.command("03")).toBe("SEARCHING...\r7E8 10 0A 43 04 01 01 01 02\r7E8 21 01 03 01 04 00 00 00\r>");
    expect(await term.command("ATDPN")).toBe("A6\r>");
  });

  it("plays the faults a profile asks for", async () => {
    const profile: CarProfile = {
      ...can11,
      faults: [
        { request: "03", answer: "CAN ERROR", times: 1 },
        { request: "0902", answer: "BUFFER FULL" },
        { nth: 4, answer: "ERR94" },
      ],
    };
    const { term } = await ready(profile, "ATH1");
    expect(await term.command("03")).toBe("SEARCHING...\rCAN ERROR\r\r>");
    expect(await term.command("03")).toMatch(/^7E8 10 10 43 07/);
    expect(await term.command("0902")).toBe("7E8 10 14 49 02 01 31 48 47\rBUFFER FULL\r\r>");
    expect(await term.command("0100")).toBe("ERR94\r\r>");
    expect(await term.command("ATI")).toBe("ATI\rELM327 v1.5\r\r>"); // the reset put echo back on
  });

  it("paces its bytes at the baud rate and accounts for its own time and the wire's", async () => {
    const { term, sim } = plug(can11, { baudRate: 38400 });
    const started = performance.now();
    const answer = await term.command("ATZ");
    const elapsed = performance.now() - started;
    const wire = ((4 + answer.length) * 10 * 1000) / 38400;
    expect(sim.stats.bytesReceived).toBe(4);
    expect(sim.stats.bytesSent).toBe(answer.length);
    expect(sim.stats.wireMs).toBeCloseTo(wire, 5);
    expect(elapsed).toBeGreaterThanOrEqual(sim.stats.waitedMs + wire - 2);
  });
});
