/**
 * The simulator on a real pseudo-terminal pair, so a driver opens a path as it would
 * /dev/ttyUSB0. Debian's socat joins two ptys: the driver opens `driver`, the
 * simulator `device`. The simulator side reads through Node's own fs and tty (not the
 * serialport package the driver uses, so the two do not share its bugs).
 *
 * What the driver side sees on an unplug (tested on Linux 6.x, socat 1.7.4): closing
 * the device side alone does nothing visible (socat keeps both ptys), so an unplug
 * also ends socat (SIGTERM). Then the driver's pty is hung up: poll() reports
 * POLLIN|POLLOUT|POLLERR|POLLHUP, read() returns 0 (end of file; Node's tty.ReadStream
 * emits 'end' and 'close'), write() fails with EIO, and socat removes both symlinks,
 * so reopening the path fails with ENOENT, like a USB adapter's vanished /dev/ttyUSB0.
 * The driver closing and reopening its side (a baud probe) keeps the pair working.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import tty from "node:tty";
import { type ByteLink, LinkEvents, LinkLostError } from "../link";
import { Elm327Simulator, type SimulatorOptions } from "./elm327";
import { type CarProfile } from "./profiles";

export interface PtyPair {
  driverPath: string;
  devicePath: string;
  dir: string;
  /** Ends socat (SIGTERM, so it removes its links); resolves when it has exited. */
  close(): Promise<void>;
  /** Resolves when socat exits, for whatever reason. */
  readonly exited: Promise<void>;
}

/** Starts `socat pty,raw,echo=0,link=<dir>/driver pty,raw,echo=0,link=<dir>/device` and waits for both links. */
export async function startPtyPair(options: { dir?: string; timeoutMs?: number } = {}): Promise<PtyPair> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-obd-"));
  const driverPath = path.join(dir, "driver");
  const devicePath = path.join(dir, "device");
  const child = spawn(
    "/usr/bin/socat",
    ["-d", "-d", `pty,raw,echo=0,link=${driverPath}`, `pty,raw,echo=0,link=${devicePath}`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  let running = true;
  const exited = new Promise<void>((resolve) => {
    child.on("exit", () => ((running = false), resolve()));
    child.on("error", (error) => ((log += String(error)), (running = false), resolve()));
  });
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  while (!(fs.existsSync(driverPath) && fs.existsSync(devicePath))) {
    if (!running || Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`socat did not make the pty pair in ${dir}: ${log.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return {
    driverPath,
    devicePath,
    dir,
    exited,
    close: async () => {
      if (running) child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * A ByteLink over one side of a pty: fs.openSync(O_RDWR | O_NOCTTY | O_NONBLOCK), a
 * tty.ReadStream to read, fs.write to write (retried while the pty's buffer is full).
 */
export class PtyLink implements ByteLink {
  private readonly events = new LinkEvents();
  private readonly fd: number;
  private readonly stream: tty.ReadStream;
  private writing: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(readonly path: string) {
    const { O_RDWR, O_NOCTTY, O_NONBLOCK } = fs.constants;
    this.fd = fs.openSync(path, O_RDWR | O_NOCTTY | O_NONBLOCK);
    this.stream = new tty.ReadStream(this.fd);
    // No line discipline in between: no CR to LF, no echo, whatever socat left.
    this.stream.setRawMode(true);
    this.stream.on("data", (bytes: Buffer) => this.events.emitData(bytes));
    this.stream.on("error", (error) => this.end(error));
    this.stream.on("end", () => this.end(new LinkLostError("the pty hung up")));
    this.stream.on("close", () => this.end(new LinkLostError("the pty closed")));
  }

  get isOpen(): boolean {
    return this.events.isOpen;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (!this.isOpen) return Promise.reject(new LinkLostError());
    const buffer = Buffer.from(bytes);
    const next = this.writing.then(() => this.writeAll(buffer));
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async writeAll(buffer: Buffer): Promise<void> {
    let offset = 0;
    while (offset < buffer.length) {
      if (!this.isOpen) throw new LinkLostError();
      try {
        offset += await new Promise<number>((resolve, reject) =>
          fs.write(this.fd, buffer, offset, buffer.length - offset, null, (error, written) =>
            error ? reject(error) : resolve(written),
          ),
        );
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw new LinkLostError(String(error));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    return this.events.onData(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.events.onClose(listener);
  }

  close(): Promise<void> {
    this.end(null);
    return Promise.resolve();
  }

  private end(error: Error | null): void {
    if (this.ended) return;
    this.ended = true;
    this.events.emitClose(error);
    this.stream.destroy(); // closes the fd
  }
}

export function openPtyLink(path: string): PtyLink {
  return new PtyLink(path);
}

/**
 * The driver side's baud rate, read with `stty` on a descriptor held open from the
 * start: the driver's serialport opens with TIOCEXCL, so opening the path again would fail.
 */
function driverBaudReader(driverPath: string): { read: () => Promise<number | undefined>; close: () => void } {
  const fd = fs.openSync(driverPath, fs.constants.O_RDONLY | fs.constants.O_NOCTTY | fs.constants.O_NONBLOCK);
  const read = (): Promise<number | undefined> =>
    new Promise((resolve) => {
      const child = spawn("stty", ["speed"], { stdio: [fd, "pipe", "ignore"] });
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("error", () => resolve(undefined));
      child.on("close", (code) => resolve(code === 0 ? Number(out.trim()) || undefined : undefined));
    });
  return { read, close: () => fs.closeSync(fd) };
}

export interface ServeOptions extends Omit<SimulatorOptions, "onUnplug" | "peerBaudRate"> {
  profile: CarProfile;
  /** Answer garbage unless the driver's side is set to the simulator's baud rate (costs an stty per command). */
  checkDriverBaud?: boolean;
  /** Where socat makes its links (default a fresh temporary directory). */
  dir?: string;
}

export interface ServedSimulator {
  /** The path to give the driver (OBD_PORT). */
  driverPath: string;
  simulator: Elm327Simulator;
  readonly plugged: boolean;
  /** Pulls the adapter out: the driver's side hangs up and the path disappears. Resolves once it has. */
  unplug(): Promise<void>;
  /** Plugs it back in at the same path (the chip powers on again with its defaults; the car keeps its state). */
  replug(): Promise<void>;
  close(): Promise<void>;
}

/** A pty pair with the simulator on its device side; the profile's own unplug ends the pair. */
export async function serveSimulator(options: ServeOptions): Promise<ServedSimulator> {
  const { profile, checkDriverBaud, dir, ...simulatorOptions } = options;
  let baud: ReturnType<typeof driverBaudReader> | null = null;
  let plugged: PluggedDevice | null = null;
  const simulator = new Elm327Simulator(profile, {
    ...simulatorOptions,
    peerBaudRate: checkDriverBaud ? () => baud?.read() ?? Promise.resolve(undefined) : undefined,
    onUnplug: () => void plugged?.unplug(),
  });
  plugged = await plugIntoPty(
    {
      attach: (link, pair) => {
        if (checkDriverBaud) baud = driverBaudReader(pair.driverPath);
        simulator.attach(link);
      },
      detach: () => {
        simulator.detach();
        baud?.close();
        baud = null;
      },
    },
    { prefix: "kiosk-obd", ...(dir ? { dir } : {}) },
  );
  const device = plugged;
  return {
    driverPath: device.driverPath,
    simulator,
    get plugged() {
      return device.plugged;
    },
    unplug: () => device.unplug(),
    replug: () => device.replug(),
    close: () => device.close(),
  };
}

/** What a simulated device does when plugged into a link and pulled out of it. */
export interface Pluggable {
  /** `pair` is the pty pair it was plugged into (the ELM327 simulator reads the driver side's baud rate there). */
  attach(link: ByteLink, pair: PtyPair): void;
  detach(): void;
}

/** A simulated device on the device side of a pty pair, with its plug: the common part of every serve*(). */
export interface PluggedDevice {
  /** The path to give the driver. */
  driverPath: string;
  readonly plugged: boolean;
  /** The cable out: the driver's side hangs up and the path disappears. */
  unplug(): Promise<void>;
  /** Back at the same path; the device kept its state. */
  replug(): Promise<void>;
  /** Unplugs and removes the pair's folder (unless the caller gave it). */
  close(): Promise<void>;
}

/** A plugged simulator as its serve function hands it out: the pair's controls, and `stop` run before it closes. */
export function servedOver<S>(
  plugged: PluggedDevice,
  simulator: S,
  stop: () => void,
): PluggedDevice & { simulator: S } {
  return {
    driverPath: plugged.driverPath,
    simulator,
    get plugged() {
      return plugged.plugged;
    },
    unplug: () => plugged.unplug(),
    replug: () => plugged.replug(),
    close: async () => {
      stop();
      await plugged.close();
    },
  };
}

/** Plugs `device` into a fresh pty pair in `dir` (a temporary folder named after `prefix` by default). */
export async function plugIntoPty(
  device: Pluggable,
  options: { dir?: string; prefix: string },
): Promise<PluggedDevice> {
  const pairDir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`));
  let pair: PtyPair | null = null;
  let link: PtyLink | null = null;
  let unplugging: Promise<void> | null = null;
  const plug = async (): Promise<PtyPair> => {
    const started = await startPtyPair({ dir: pairDir });
    pair = started;
    link = openPtyLink(started.devicePath);
    device.attach(link, started);
    unplugging = null;
    return started;
  };
  const unplug = (): Promise<void> =>
    (unplugging ??= (async () => {
      const current = pair;
      device.detach();
      await link?.close();
      link = null;
      await current?.close();
    })());
  const { driverPath } = await plug();
  return {
    driverPath,
    get plugged() {
      return link !== null;
    },
    unplug,
    replug: async () => {
      if (link) await unplug();
      await plug();
    },
    close: async () => {
      await unplug();
      if (!options.dir) fs.rmSync(pairDir, { recursive: true, force: true });
    },
  };
}
