import { type ByteLink, MemoryLink } from "../link";
import { SimulatedCar, type EcuState } from "./car";
import { wireTimeMs } from "./codec";
import { formatAnswers } from "./format";
import { type CarProfile, type ErrorAnswer, type Timing, PROTOCOL_NAMES, is29Bit, isCan } from "./profiles";

export interface SimulatorOptions {
  /**
   * The chip's RS232 rate. When set, bytes take their wire time both ways (10 bits a
   * byte, in chunks). Unset: no pacing, and the chip is at its power-on 38400.
   */
  baudRate?: number;
  /** The other end's rate when the link cannot say (a pty: `stty` on the driver's side); checked per command. */
  peerBaudRate?: () => Promise<number | undefined>;
  /** What unplugging does (serveSimulator: end the pty pair). Default: MemoryLink.unplug(), else close(). */
  onUnplug?: () => void;
  /** Overrides of the profile's delays. */
  timing?: Partial<Timing>;
}

export interface SimulatorStats {
  bytesReceived: number;
  bytesSent: number;
  /** The delays the profile asks for (reset, search, bus init, response times): the chip's "own time". */
  waitedMs: number;
  /** Pacing at `baudRate`, both directions (0 without it). */
  wireMs: number;
  /** Commands by their normalized text ("ATZ", "0100"); a bare CR counts as the command it repeats. */
  commands: Record<string, number>;
  obdRequests: number;
  /** Mode 04 requests received (whatever came of them). */
  clearRequests: number;
  /** Commands cut short by bytes sent before the prompt. */
  interrupts: number;
  /** Bytes (other than spaces and control characters) that arrived before a prompt: a careful driver sends none. */
  bytesWhileBusy: number;
}

interface Settings {
  echo: boolean;
  linefeeds: boolean;
  spaces: boolean;
  headers: boolean;
  caf: boolean;
  /** AT SH, hex; null: the functional address (7DF, 18 DB 33 F1, 68 6A F1). */
  requestHeader: string | null;
  /** AT CRA, hex with X wildcards; null: every ECU's answer is shown. */
  receiveFilter: string | null;
}

interface ProtocolState {
  /** AT SP's number (0 = automatic). */
  selected: number;
  auto: boolean;
  /** The protocol in use: found by a search, or the selected one once a request went out. */
  active: number | null;
  /** A legacy bus is initiated (ISO 9141 / KWP need it before each session). */
  busOpen: boolean;
}

/** From the CR that ends a command to the prompt: what a byte arriving meanwhile does. */
interface Job {
  interruptible: boolean;
  interrupted: boolean;
  wake?: () => void;
}

const CR = 0x0d;
const TX_CHUNK = 64;

const freshStats = (): SimulatorStats => ({
  bytesReceived: 0,
  bytesSent: 0,
  waitedMs: 0,
  wireMs: 0,
  commands: {},
  obdRequests: 0,
  clearRequests: 0,
  interrupts: 0,
  bytesWhileBusy: 0,
});

/**
 * An ELM327 in a car, at the byte level, written from the ELM327 datasheet: the chip
 * reads ASCII commands ended by CR, ignores spaces and control characters and case,
 * repeats the last command on a bare CR, and ends every answer with a blank line and
 * the `>` prompt; a byte sent before the prompt interrupts an OBD request (STOPPED).
 */
export class Elm327Simulator {
  stats: SimulatorStats = freshStats();
  readonly car: SimulatedCar;
  private readonly timing: Timing;
  private link: ByteLink | null = null;
  private unsubscribe: (() => void)[] = [];
  private settings!: Settings;
  private proto!: ProtocolState;
  private input = "";
  private lastCommand = "";
  private busy: Job | null = null;
  private unplugFired = false;
  private readonly faultsFired = new Map<number, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private rxClock = 0;
  private tx: { bytes: Buffer; done?: () => void }[] = [];
  private pumping = false;

  constructor(
    readonly profile: CarProfile,
    private readonly options: SimulatorOptions = {},
  ) {
    this.car = new SimulatedCar(profile);
    this.timing = { ...profile.timing, ...options.timing };
    this.reset();
  }

  /** Plugs the adapter into one end of a link (a power-on: defaults, no banner sent, as nobody listened yet). */
  attach(link: ByteLink): void {
    this.detach();
    this.reset();
    this.link = link;
    this.unsubscribe = [link.onData((bytes) => this.receive(bytes)), link.onClose(() => this.detach())];
  }

  /** Stops listening and cancels whatever was pending; the link is left as it is. */
  detach(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.link = null;
    this.busy = null;
    this.tx = [];
    this.pumping = false;
  }

  /** The customer turns the key. Off ends a legacy bus session (the ECUs stop answering). */
  setIgnition(on: boolean): void {
    this.car.ignition = on;
    if (!on) this.closeSession();
  }

  get ignition(): boolean {
    return this.car.ignition;
  }

  get chipBaudRate(): number {
    return this.options.baudRate ?? 38400;
  }

  private reset(): void {
    this.settings = {
      echo: true,
      linefeeds: this.profile.adapter.linefeedsDefault,
      spaces: true,
      headers: false,
      caf: true,
      requestHeader: null,
      receiveFilter: null,
    };
    this.proto = { selected: 0, auto: true, active: null, busOpen: false };
    this.input = "";
    this.lastCommand = "";
  }

  // ---- bytes in

  private receive(bytes: Buffer): void {
    this.stats.bytesReceived += bytes.length;
    const baud = this.options.baudRate;
    if (!baud) return this.deliver(bytes);
    // The chip sees a byte only once the wire has carried it.
    const now = performance.now();
    const ms = wireTimeMs(bytes.length, baud);
    this.stats.wireMs += ms;
    this.rxClock = Math.max(now, this.rxClock) + ms;
    this.after(this.rxClock - now, () => this.deliver(bytes));
  }

  private deliver(bytes: Buffer): void {
    if (!this.link) return;
    // A MemoryLink's opener sets the rate on the end it hands the driver; ours may keep the default.
    const end: unknown = this.link instanceof MemoryLink && this.link.peer ? this.link.peer : this.link;
    const peer = (end as { baudRate?: unknown }).baudRate;
    if (typeof peer === "number" && peer !== this.chipBaudRate) return this.garble(bytes.length);
    for (const byte of bytes) {
      if (this.busy) {
        // Spaces and control characters are ignored everywhere, so they do not interrupt either (a CR LF sender).
        if (byte !== CR && byte <= 0x20) continue;
        this.stats.bytesWhileBusy++;
        this.interrupt(this.busy);
      } else if (byte === CR) {
        const line = this.input;
        this.input = "";
        this.start(line);
      } else if (byte !== 0x0a && byte !== 0x00 && this.input.length < 256) {
        this.input += String.fromCharCode(byte);
      }
    }
  }

  private interrupt(job: Job): void {
    // The interrupting byte is consumed: the datasheet has software wait for the prompt after it.
    if (!job.interruptible || job.interrupted) return;
    job.interrupted = true;
    this.stats.interrupts++;
    job.wake?.();
  }

  /** At a wrong baud rate each side sees noise: answer bytes that are never a CR or a prompt. */
  private garble(count: number): void {
    const noise = Array.from({ length: Math.max(1, count >> 1) }, (_, i) => 0x80 | ((count * 37 + i * 53) & 0x7f));
    this.write(Buffer.from(noise));
  }

  // ---- one command

  private start(raw: string): void {
    const job: Job = { interruptible: false, interrupted: false };
    this.busy = job;
    void this.run(raw, job);
  }

  private async run(raw: string, job: Job): Promise<void> {
    const link = this.link;
    if (this.options.peerBaudRate) {
      const peer = await this.options.peerBaudRate();
      if (peer !== undefined && peer !== this.chipBaudRate) {
        if (this.busy === job) this.busy = null;
        return this.garble(raw.length + 1);
      }
    }
    if (this.settings.echo) this.out(raw + this.eol());
    let command = normalize(raw);
    if (command === "") command = this.lastCommand;
    else this.lastCommand = command;
    if (command === "") return this.prompt(job);
    this.stats.commands[command] = (this.stats.commands[command] ?? 0) + 1;
    const obd = !command.startsWith("AT") && /^[0-9A-F]+$/.test(command);
    // OBD requests and monitoring listen for a byte to stop them; AT commands run to the end.
    job.interruptible = obd || /^AT(MA|M[RT])/.test(command);
    await this.wait(job, this.timing.commandMs);
    if (job.interrupted) this.lines(["STOPPED"]);
    else if (command.startsWith("AT")) await this.at(command.slice(2), job);
    else if (obd) await this.obd(command, job);
    else this.lines(["?"]);
    if (this.link === link && link) this.prompt(job);
  }

  private eol(): string {
    return this.settings.linefeeds && !this.profile.adapter.singleCr ? "\r\n" : "\r";
  }

  private lines(lines: readonly string[]): void {
    this.out(lines.map((line) => line + this.eol()).join(""));
  }

  private prompt(job: Job): void {
    const blank = this.profile.adapter.singleCr ? "" : this.eol();
    this.out(blank + ">", () => {
      if (this.busy === job) this.busy = null;
    });
  }

  // ---- AT commands

  private async at(body: string, job: Job): Promise<void> {
    const command = atCommands.find(([, pattern]) => pattern.test(body));
    if (!command || this.profile.adapter.unsupported.includes(command[0])) return this.lines(["?"]);
    const [name, pattern] = command;
    const arg = pattern.exec(body)?.slice(1) ?? [];
    const a = this.profile.adapter;
    const s = this.settings;
    const on = arg[0] === "1";
    switch (name) {
      case "Z":
        await this.wait(job, this.timing.resetMs);
        this.reset();
        this.out(a.resetGarbage);
        return this.lines([...Array<string>(a.resetBlankLines).fill(""), a.banner]);
      case "WS":
        await this.wait(job, this.timing.warmStartMs);
        this.reset();
        return this.lines([...Array<string>(a.resetBlankLines).fill(""), a.banner]);
      case "D":
        // Defaults: every setting, and the protocol (the session closes).
        this.reset();
        return this.lines(["OK"]);
      case "I":
        return this.lines([a.banner]);
      case "@1":
        return this.lines([a.description]);
      case "@2":
        // No device identifier was ever stored (@3), so the chip has none to show.
        return this.lines(["?"]);
      case "E":
        s.echo = on;
        break;
      case "L":
        s.linefeeds = on;
        break;
      case "S":
        s.spaces = on;
        break;
      case "H":
        s.headers = on;
        break;
      case "CAF":
        s.caf = on;
        break;
      case "SP":
      case "TP": {
        const number = parseInt(arg[1] ?? "0", 16);
        this.proto = { selected: number, auto: arg[0] === "A" || number === 0, active: null, busOpen: false };
        break;
      }
      case "DP":
        return this.lines([this.describeProtocol()]);
      case "DPN": {
        const p = this.proto;
        return this.lines([(p.auto ? "A" : "") + (p.active ?? p.selected).toString(16).toUpperCase()]);
      }
      case "RV":
        return this.lines([`${this.profile.batteryVolts.toFixed(1)}V`]);
      case "IGN":
        return this.lines([this.car.ignition ? "ON" : "OFF"]);
      case "CS":
        return this.lines(["T:00 R:00"]);
      case "PC":
        this.closeSession();
        break;
      case "SH":
        s.requestHeader = arg[0] ?? null;
        break;
      case "CRA":
        s.receiveFilter = arg[0] ?? null;
        break;
      case "FI":
      case "SI":
        return this.forcedInit(name === "FI", job);
      case "MA":
        // Monitoring prints bus traffic until a byte arrives; the simulated bus carries none.
        await new Promise<void>((resolve) => (job.wake = resolve));
        return this.lines(["STOPPED"]);
      default:
        // Accepted and not modelled: timings (AT AT, ST), filters, flow control, memory, DLC...
        break;
    }
    this.lines(["OK"]);
  }

  private describeProtocol(): string {
    const p = this.proto;
    const shown = p.active ?? p.selected;
    const name = PROTOCOL_NAMES[shown] ?? "";
    if (!p.auto) return name;
    return shown === 0 ? "AUTO" : `AUTO, ${name}`;
  }

  /** AT FI (fast, protocol 5) and AT SI (slow, 3 and 4): a bus initiation on demand. */
  private async forcedInit(fast: boolean, job: Job): Promise<void> {
    const protocol = this.proto.active ?? this.proto.selected;
    if (fast ? protocol !== 5 : protocol !== 3 && protocol !== 4) return this.lines(["?"]);
    if (await this.busInit(protocol, true, job)) this.proto.active = protocol;
  }

  private closeSession(): void {
    const p = this.proto;
    p.busOpen = false;
    // After a search the chip searches again next time rather than assume the same bus.
    if (p.auto && p.active !== null && !isCan(p.active)) p.active = null;
  }

  // ---- OBD requests

  private async obd(command: string, job: Job): Promise<void> {
    const request = parseRequest(command);
    const maxBytes = this.settings.caf ? 7 : 8;
    if (!request || request.bytes.length > maxBytes) return this.lines(["?"]);
    this.stats.obdRequests++;
    if (request.bytes[0] === 0x04) this.stats.clearRequests++;
    const unplugAfter = this.profile.unplugAfterObdRequests;
    if (unplugAfter !== undefined && !this.unplugFired && this.stats.obdRequests > unplugAfter) {
      return this.unplug();
    }
    const protocol = await this.connect(job);
    if (job.interrupted) return this.lines(["STOPPED"]);
    if (protocol === null) return;
    await this.wait(job, this.timing.obdMs);
    if (job.interrupted) return this.lines(["STOPPED"]);
    const lines = this.answer(protocol, request.bytes, request.responses);
    const fault = this.takeFault(command);
    if (!fault) return this.lines(lines);
    if (fault === "ERR94") this.reset(); // a fatal CAN error: the chip resets itself, settings lost
    if (fault === "UNABLE TO CONNECT") this.closeSession();
    this.lines(fault === "BUFFER FULL" ? [...lines.slice(0, 1), fault] : [fault]);
  }

  /** The protocol to talk on, after SEARCHING... or a bus initiation; null once an error is printed. */
  private async connect(job: Job): Promise<number | null> {
    const p = this.proto;
    if (p.active !== null && (isCan(p.active) || p.busOpen || p.active <= 2)) return p.active;
    if (p.active !== null || !p.auto) {
      const protocol = p.active ?? p.selected;
      p.active = protocol;
      // ISO 9141 and KWP need their bus initiated; the chip says so when not searching.
      if (protocol >= 3 && protocol <= 5) return (await this.busInit(protocol, true, job)) ? protocol : null;
      return protocol;
    }
    this.lines(["SEARCHING..."]);
    await this.wait(job, this.timing.searchMs);
    if (job.interrupted) return null;
    const found = this.car.ignition ? this.profile.protocol : null;
    if (found === null) {
      this.lines(["UNABLE TO CONNECT"]);
      return null;
    }
    // The search itself initiated a legacy bus, silently (datasheet: Bus Initiation).
    this.proto.active = found;
    this.proto.busOpen = true;
    return found;
  }

  private async busInit(protocol: number, show: boolean, job: Job): Promise<boolean> {
    const slow = protocol !== 5;
    if (show) this.out("BUS INIT: ");
    // The dots appear as the 5-baud init goes on; a fast init shows none.
    for (let i = 0; i < (slow ? 3 : 1); i++) {
      await this.wait(job, this.timing.busInitMs / (slow ? 3 : 1));
      if (job.interrupted) return false;
      if (show && slow) this.out(".");
    }
    const ok = this.car.ignition && this.profile.protocol === protocol;
    this.proto.busOpen = ok;
    if (show) this.lines([ok ? "OK" : "ERROR"]);
    return ok;
  }

  /** The printed answer of whoever hears the request on `protocol`, or the chip's own complaint. */
  private answer(protocol: number, bytes: number[], responses: number | undefined): string[] {
    const car = this.profile.protocol;
    // A CAN frame nobody acknowledges (no bus, ECUs asleep with the key off, another bit rate) is a
    // CAN ERROR; a bus at the right rate where nobody answers (11 vs 29-bit IDs) is just silence.
    const awake = this.car.ignition && car !== null;
    if (isCan(protocol) && !(awake && isCan(car) && canRate(car) === canRate(protocol))) return ["CAN ERROR"];
    if (car !== protocol) return ["NO DATA"];
    let request = bytes;
    if (isCan(protocol) && !this.settings.caf) {
      // CAF0: the sender supplies the PCI byte itself; a wrong one is a frame no ECU understands.
      if (bytes[0] !== bytes.length - 1) return ["NO DATA"];
      request = bytes.slice(1);
    }
    const answers = this.car.respond(request, isCan(protocol), this.addressed(protocol)).slice(0, responses);
    if (answers.length === 0) return ["NO DATA"];
    return formatAnswers(protocol, answers, this.settings, this.profile.interleave ?? true);
  }

  /** The ECUs that hear the request (AT SH) and whose answers pass the receive filter (AT CRA). */
  private addressed(protocol: number): EcuState[] {
    const { requestHeader, receiveFilter } = this.settings;
    return this.car.ecus.filter((ecu) => {
      const address = ecu.profile.address;
      const id = is29Bit(protocol)
        ? `18DAF1${address.toString(16).toUpperCase().padStart(2, "0")}`
        : address.toString(16).toUpperCase().padStart(3, "0");
      if (receiveFilter && !new RegExp(`^${receiveFilter.replaceAll("X", ".")}$`).test(id)) return false;
      if (!requestHeader || !isCan(protocol)) return true;
      if (requestHeader === "7DF" || requestHeader === "18DB33F1") return true;
      if (is29Bit(protocol)) return requestHeader === `18DA${id.slice(6)}F1`;
      return parseInt(requestHeader, 16) + 8 === address;
    });
  }

  private takeFault(command: string): ErrorAnswer | null {
    const faults = this.profile.faults ?? [];
    for (const [index, fault] of faults.entries()) {
      const fired = this.faultsFired.get(index) ?? 0;
      if (fault.times !== undefined && fired >= fault.times) continue;
      if (fault.request !== undefined && fault.request.toUpperCase() !== command) continue;
      if (fault.nth !== undefined && fault.nth !== this.stats.obdRequests) continue;
      this.faultsFired.set(index, fired + 1);
      return fault.answer;
    }
    return null;
  }

  private unplug(): void {
    this.unplugFired = true;
    const link = this.link;
    this.detach();
    if (this.options.onUnplug) this.options.onUnplug();
    else if (link instanceof MemoryLink) link.unplug();
    else void link?.close();
  }

  // ---- time and bytes out

  /** A deliberate delay (the chip's own time); ends early when the job is interrupted. */
  private wait(job: Job, ms: number): Promise<void> {
    if (ms <= 0 || job.interrupted) return Promise.resolve();
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (): void => {
        job.wake = undefined;
        this.stats.waitedMs += Math.min(ms, performance.now() - started);
        resolve();
      };
      const timer = this.after(ms, done);
      job.wake = () => {
        clearTimeout(timer);
        this.timers.delete(timer);
        done();
      };
    });
  }

  private after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  private out(text: string, done?: () => void): void {
    this.write(Buffer.from(text, "latin1"), done);
  }

  /** Sends at once, or (with a baud rate) in chunks each held back by its wire time. */
  private write(bytes: Buffer, done?: () => void): void {
    const link = this.link;
    if (!link) return;
    this.stats.bytesSent += bytes.length;
    if (!this.options.baudRate) {
      if (bytes.length > 0) void link.write(bytes).catch(() => undefined);
      done?.();
      return;
    }
    this.tx.push({ bytes, done });
    if (!this.pumping) this.pump();
  }

  private pump(): void {
    const parts: Buffer[] = [];
    const dones: (() => void)[] = [];
    let size = 0;
    while (this.tx.length > 0 && size < TX_CHUNK) {
      const head = this.tx[0];
      if (!head) break;
      const take = head.bytes.subarray(0, TX_CHUNK - size);
      parts.push(take);
      size += take.length;
      if (take.length === head.bytes.length) {
        this.tx.shift();
        if (head.done) dones.push(head.done);
      } else {
        head.bytes = head.bytes.subarray(take.length);
      }
    }
    if (parts.length === 0) {
      this.pumping = false;
      return;
    }
    this.pumping = true;
    const chunk = Buffer.concat(parts);
    const ms = wireTimeMs(chunk.length, this.options.baudRate ?? 38400);
    this.stats.wireMs += ms;
    this.after(ms, () => {
      if (chunk.length > 0) void this.link?.write(chunk).catch(() => undefined);
      for (const done of dones) done();
      this.pump();
    });
  }
}

/** CAN bit rate in kbit/s by protocol number. */
const canRate = (protocol: number): number => (protocol <= 7 ? 500 : protocol <= 10 ? 250 : protocol === 11 ? 125 : 50);

/** Spaces and control characters go, case does not matter (datasheet: Communicating with the ELM327). */
function normalize(raw: string): string {
  let out = "";
  for (const ch of raw) if (ch.charCodeAt(0) > 0x20) out += ch.toUpperCase();
  return out;
}

/** Hex pairs, and an optional last single digit: how many responses to wait for (v1.3 on). */
function parseRequest(hex: string): { bytes: number[]; responses: number | undefined } | null {
  const responses = hex.length % 2 === 1 ? parseInt(hex.slice(-1), 16) : undefined;
  const pairs = responses === undefined ? hex : hex.slice(0, -1);
  if (pairs.length === 0 || responses === 0) return null;
  const bytes: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) bytes.push(parseInt(pairs.slice(i, i + 2), 16));
  return { bytes, responses };
}

const h = "[0-9A-F]";
/** The AT commands the chip knows, by name (the names `AdapterProfile.unsupported` lists), text after "AT". */
const atCommands: [string, RegExp][] = [
  ["Z", /^Z$/],
  ["WS", /^WS$/],
  ["D", /^D$/],
  ["I", /^I$/],
  ["@1", /^@1$/],
  ["@2", /^@2$/],
  ["E", /^E([01])$/],
  ["L", /^L([01])$/],
  ["S", /^S([01])$/],
  ["H", /^H([01])$/],
  ["CAF", /^CAF([01])$/],
  ["SP", /^SP(A)?([0-9A-C])$/],
  ["TP", /^TP(A)?([0-9A-C])$/],
  ["DPN", /^DPN$/],
  ["DP", /^DP$/],
  ["RV", /^RV$/],
  ["IGN", /^IGN$/],
  ["CS", /^CS$/],
  ["PC", /^PC$/],
  ["SH", new RegExp(`^SH(${h}{3}|${h}{6}|${h}{8})$`)],
  ["CRA", /^CRA([0-9A-FX]{3}|[0-9A-FX]{8})?$/],
  ["FI", /^FI$/],
  ["SI", /^SI$/],
  ["MA", /^(MA|M[RT][0-9A-F]{2})$/],
  ["AT", /^AT[012]$/],
  ["ST", new RegExp(`^ST${h}{2}$`)],
  ["M", /^M[01]$/],
  ["R", /^R[01]$/],
  ["V", /^V[01]$/],
  ["DLC", /^D[01]$/],
  ["CFC", /^CFC[01]$/],
  ["AL", /^(AL|NL|AR|BI|SS)$/],
  ["CF", new RegExp(`^C[FM](${h}{3}|${h}{8})$`)],
  ["FC", new RegExp(`^FCS(M[0-2]|H(${h}{3}|${h}{6}|${h}{8})|D(${h}{2}){1,5})$`)],
  ["CP", new RegExp(`^CP${h}{2}$`)],
  ["SW", new RegExp(`^SW${h}{2}$`)],
  ["WM", new RegExp(`^WM(${h}{2}){1,6}$`)],
  ["IB", /^IB(10|48|96)$/],
  ["KW", /^KW[01]?$/],
  ["FE", /^FE$/],
  ["CV", /^CV\d{4}$/],
  ["SR", new RegExp(`^SR${h}{2}$`)],
];
