import { DeviceError } from "../errors";
import type { ByteLink, LinkOpener } from "../link";
import { classifyAnswer, decodeBatteryVolts, parseAnswer, type EcuMessage, type ObdProtocol } from "../obd";
import { CommandPort } from "./command-port";

/** Every step has a deadline, so a scan never hangs on a silent adapter. */
export interface Elm327Timeouts {
  /** One baud rate's `\x7F\x7F\r` probe. */
  probeMs: number;
  /** `ATZ`: the chip restarts and prints its banner (about a second on a real one). */
  resetMs: number;
  /** Any other AT command. */
  commandMs: number;
  /** The first OBD request after `ATSP0`: the protocol search (a slow-init KWP bus takes seconds). */
  searchMs: number;
  /** An OBD request once the protocol is known. */
  requestMs: number;
}

export const defaultElm327Timeouts: Elm327Timeouts = {
  probeMs: 1_000,
  resetMs: 4_000,
  commandMs: 1_500,
  searchMs: 20_000,
  requestMs: 6_000,
};

/** The datasheet's default first, then the rates adapters ship with, fastest first. */
export const probeBaudRates = [38400, 9600, 115200, 57600, 230400, 19200] as const;

/** Below this the adapter is powered from somewhere other than a car's OBD socket. */
const MIN_VEHICLE_VOLTS = 6;

/**
 * An ELM327 (or clone) that answered: opened at the right baud rate, reset,
 * echo and linefeeds off, spaces off where the clone allows, headers on (two
 * ECUs' multi-frame answers cannot be told apart without them).
 */
export class Elm327 {
  private protocol: ObdProtocol | null = null;

  private constructor(
    private readonly link: ByteLink,
    private readonly port: CommandPort,
    readonly baudRate: number,
    /** What `ATI` says, e.g. "ELM327 v1.5": the adapter's identity in the scans table. */
    readonly identity: string,
    private readonly timeouts: Elm327Timeouts,
  ) {}

  static async open(
    opener: LinkOpener,
    options: { baudRate: "auto" | number; timeouts?: Partial<Elm327Timeouts> },
  ): Promise<Elm327> {
    const timeouts = { ...defaultElm327Timeouts, ...options.timeouts };
    const { link, port, baudRate } = await findBaudRate(opener, options.baudRate, timeouts.probeMs);
    try {
      await port.send("ATZ", timeouts.resetMs);
      await expectOk(port, "ATE0", timeouts.commandMs, true);
      await expectOk(port, "ATL0", timeouts.commandMs, false);
      // Some clones lack ATS0; the decoders read spaced hex as well.
      await expectOk(port, "ATS0", timeouts.commandMs, false);
      await expectOk(port, "ATH1", timeouts.commandMs, true);
      const identity = (await ask(port, "ATI", timeouts.commandMs))[0] ?? "ELM327";
      return new Elm327(link, port, baudRate, identity, timeouts);
    } catch (error) {
      port.close();
      await link.close();
      throw error;
    }
  }

  get isOpen(): boolean {
    return this.link.isOpen;
  }

  /** Resolves when the link ends; `error` set when it was lost rather than closed. */
  onClose(listener: (error: Error | null) => void): () => void {
    return this.link.onClose(listener);
  }

  /** `ATI`: the health probe. Answers mean the adapter is there; says nothing of the car. */
  async identify(): Promise<string> {
    const lines = await ask(this.port, "ATI", this.timeouts.commandMs);
    if (!lines.some((line) => /ELM|OBD|STN|v\d/i.test(line))) {
      throw new DeviceError("NO_ADAPTER", `ATI answered ${JSON.stringify(lines)}, not an ELM327`);
    }
    return lines[0] ?? this.identity;
  }

  /** `AT RV`: the car's battery as the adapter reads it on pin 16. */
  async batteryVolts(): Promise<number> {
    const lines = await ask(this.port, "ATRV", this.timeouts.commandMs);
    const volts = decodeBatteryVolts(lines[0] ?? "");
    if (volts === null) throw new DeviceError("NO_ADAPTER", `AT RV answered ${JSON.stringify(lines)}`);
    if (volts < MIN_VEHICLE_VOLTS) {
      throw new DeviceError("NO_VEHICLE", `the adapter reads ${volts} V: it is not plugged into a car`);
    }
    return volts;
  }

  /**
   * Finds the car's protocol: `ATSP0` (automatic), then `0100`, which starts
   * the search (`SEARCHING...` is informational), then `ATDPN`. Returns the
   * protocol and the answer to `0100` (the ECUs that are there).
   */
  async connectVehicle(): Promise<{ protocol: ObdProtocol; ecus: EcuMessage[] }> {
    await expectOk(this.port, "ATSP0", this.timeouts.commandMs, true);
    const lines = withoutProgress(await this.port.send("0100", this.timeouts.searchMs));
    throwIfError(lines, "0100");
    const protocol = await this.protocolNumber(lines);
    this.protocol = protocol;
    return { protocol, ecus: parseAnswer(lines, protocol) };
  }

  /** One OBD request to every ECU; `NO DATA` (nobody supports it) is an empty answer. */
  async request(command: string): Promise<EcuMessage[]> {
    const protocol = this.protocol;
    if (!protocol) throw new Error("connectVehicle() first");
    const lines = withoutProgress(await this.port.send(command, this.timeouts.requestMs));
    const verdict = classifyAnswer(lines);
    if (verdict.kind === "error" && verdict.code === "NO_DATA") return [];
    throwIfError(lines, command);
    return parseAnswer(lines, protocol);
  }

  async close(): Promise<void> {
    this.port.close();
    await this.link.close();
  }

  /** `ATDPN` says `A6` after an automatic search; a clone that lacks it is read from the headers. */
  private async protocolNumber(answerTo0100: string[]): Promise<ObdProtocol> {
    const lines = await ask(this.port, "ATDPN", this.timeouts.commandMs);
    const number = (lines[0] ?? "").replace(/^A/, "");
    if (/^[1-9A-C]$/.test(number)) return number as ObdProtocol;
    return protocolFromHeaders(answerTo0100);
  }
}

async function findBaudRate(
  opener: LinkOpener,
  baudRate: "auto" | number,
  probeMs: number,
): Promise<{ link: ByteLink; port: CommandPort; baudRate: number }> {
  const candidates = baudRate === "auto" ? probeBaudRates : [baudRate];
  let lastError: unknown = null;
  let link: ByteLink | null = null;
  for (const rate of candidates) {
    try {
      if (link?.isOpen && link.setBaudRate) await link.setBaudRate(rate);
      else link = await opener(rate);
    } catch (error) {
      await link?.close();
      throw new DeviceError("NO_ADAPTER", `cannot open the port: ${messageOf(error)}`, { cause: error });
    }
    const port = new CommandPort(link);
    try {
      // DEL twice: the first may be eaten by a busy chip; a bare CR would repeat its last command.
      await port.probe("\x7F\x7F\r", probeMs);
      return { link, port, baudRate: rate };
    } catch (error) {
      lastError = error;
      port.close();
      if (!link.setBaudRate) await link.close();
    }
  }
  await link?.close();
  throw new DeviceError("NO_ADAPTER", `no ELM327 answered at ${candidates.join(", ")} baud (${messageOf(lastError)})`, {
    cause: lastError,
  });
}

/** An AT command's answer without its echo (the chip echoes until ATE0 takes hold). */
async function ask(port: CommandPort, command: string, timeoutMs: number): Promise<string[]> {
  const lines = await port.send(command, timeoutMs);
  const echo = command.replace(/\s+/g, "").toUpperCase();
  return lines.filter((line) => line.replace(/\s+/g, "").toUpperCase() !== echo);
}

async function expectOk(port: CommandPort, command: string, timeoutMs: number, required: boolean): Promise<void> {
  const lines = await ask(port, command, timeoutMs);
  if (lines.includes("OK")) return;
  if (!required && lines.includes("?")) return;
  throw new DeviceError("NO_ADAPTER", `${command} answered ${JSON.stringify(lines)}, not OK`);
}

/** `SEARCHING...` and `BUS INIT: ...OK` tell of the protocol search, not the answer. */
function withoutProgress(lines: string[]): string[] {
  return lines.filter((line) => !/^SEARCHING/i.test(line) && !/^BUS\s*INIT:?\s*\.*\s*OK$/i.test(line));
}

/** Maps the adapter's error texts to the customer-facing codes. */
function throwIfError(lines: string[], command: string): void {
  const verdict = classifyAnswer(lines);
  if (verdict.kind === "data") return;
  const said = `${command} answered ${JSON.stringify(verdict.text)}`;
  switch (verdict.code) {
    case "NO_DATA":
    case "UNABLE_TO_CONNECT":
    case "BUS_INIT_ERROR":
      throw new DeviceError("IGNITION_OFF", `${said}: no ECU answers; is the ignition on?`);
    case "CAN_ERROR":
    case "BUS_ERROR":
    case "BUFFER_FULL":
    case "INTERNAL_ERROR":
      throw new DeviceError("BUS_ERROR", said);
    case "STOPPED":
      throw new DeviceError("ADAPTER_TIMEOUT", `${said}: the adapter was interrupted`);
    case "UNKNOWN_COMMAND":
      throw new DeviceError("BUS_ERROR", `${said}: the adapter does not know the request`);
  }
}

/** The protocol family from the shape of the headers in an answer: 3 hex digits CAN 11-bit, `18DA...` 29-bit. */
function protocolFromHeaders(lines: string[]): ObdProtocol {
  const first = (lines.find((line) => /^[0-9A-F\s]+$/i.test(line)) ?? "").replace(/\s+/g, "");
  if (/^7E[8-F]/i.test(first)) return "6";
  if (/^18DA/i.test(first)) return "7";
  return "3";
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
