import { LinuxBinding as untypedLinuxBinding, type LinuxPortBinding } from "@serialport/bindings-cpp";
import { LinkEvents, LinkLostError, type ByteLink, type LinkOpener } from "./link";

/**
 * A serial port (a USB adapter's /dev/ttyUSB0, a Bluetooth /dev/rfcommN, a PTY in
 * tests) through serialport 13's Linux binding, read in a loop of our own.
 *
 * Why every poller event schedules an immediate: the binding waits for a quiet
 * port by awaiting its poller's "readable" event, and the poller emits it from a
 * libuv callback that calls into JavaScript without a callback scope, so on
 * Node 26 the promise it resolves runs only when something else next drains the
 * microtask queue (serialport/bindings-cpp PR 239, node-serialport issue 3148):
 * a reply that arrives after the port went quiet stalls until the process writes
 * again or a timer fires. An immediate queued from that same event is a real
 * macrotask: Node runs it in this loop iteration's check phase and drains the
 * microtasks after it, so the read resumes at once. Deterministic, not a polling
 * timer; `late-answer` tests (a simulator answering 500 ms late on a PTY) prove it.
 */
/**
 * bindings-cpp declares `LinuxBinding` through @serialport/bindings-interface's
 * generic, which does not resolve under this project's module resolution (it
 * reads as `any`); this is the one method used, as its docs give it.
 */
const linuxBinding = untypedLinuxBinding as {
  open(options: {
    path: string;
    baudRate: number;
    dataBits: 8;
    stopBits: 1;
    parity: "none";
    lock: boolean;
  }): Promise<LinuxPortBinding>;
};

/** The modem lines, as bindings-interface's SetOptions has them (unresolved here for the same reason). */
type ModemLines = Parameters<LinuxPortBinding["set"]>[0] & { dtr?: boolean; rts?: boolean };

export class SerialLink implements ByteLink {
  private readonly events = new LinkEvents();
  private closing = false;

  private constructor(private readonly port: LinuxPortBinding) {}

  static async open(path: string, baudRate: number): Promise<SerialLink> {
    const port = await linuxBinding.open({ path, baudRate, dataBits: 8, stopBits: 1, parity: "none", lock: true });
    const link = new SerialLink(port);
    const wake = () => setImmediate(noop);
    port.poller.on("readable", wake);
    port.poller.on("writable", wake);
    port.poller.on("disconnect", wake);
    // Some USB adapters power their level shifter from DTR; a PTY refuses the ioctl, which is harmless.
    await port.set({ dtr: true, rts: true } as ModemLines).catch(noop);
    void link.readLoop();
    return link;
  }

  get isOpen(): boolean {
    return this.events.isOpen;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.isOpen) throw new LinkLostError();
    try {
      await this.port.write(Buffer.from(bytes));
    } catch (error) {
      this.lose(error);
      throw new LinkLostError(messageOf(error));
    }
  }

  /**
   * The probe changes the rate on the open port (termios) rather than reopening:
   * serialport locks the port (TIOCEXCL), and on a PTY whose other side stays open
   * the lock outlives our close, so a reopen by a non-root user fails with EBUSY.
   */
  async setBaudRate(baudRate: number): Promise<void> {
    await this.port.update({ baudRate });
  }

  onData(listener: (bytes: Buffer) => void): () => void {
    return this.events.onData(listener);
  }

  onClose(listener: (error: Error | null) => void): () => void {
    return this.events.onClose(listener);
  }

  async close(): Promise<void> {
    if (!this.isOpen) return;
    this.closing = true;
    await this.port.close().catch(noop);
    this.events.emitClose(null);
  }

  private async readLoop(): Promise<void> {
    const buffer = Buffer.alloc(4096);
    while (this.isOpen) {
      try {
        const { bytesRead } = await this.port.read(buffer, 0, buffer.length);
        if (bytesRead > 0) this.events.emitData(Buffer.from(buffer.subarray(0, bytesRead)));
      } catch (error) {
        this.lose(error);
        return;
      }
    }
  }

  /** A read or write failed: unplugged (EIO, ENXIO), or closed by us (canceled). */
  private lose(error: unknown): void {
    if (this.closing || (error as { canceled?: boolean }).canceled) {
      this.events.emitClose(null);
      return;
    }
    this.port.close().catch(noop);
    this.events.emitClose(new LinkLostError(messageOf(error)));
  }
}

/** Opens `path` at whatever baud rate the driver asks for, again after each unplug. */
export const serialLinkOpener =
  (path: string): LinkOpener =>
  (baudRate) =>
    SerialLink.open(path, baudRate);

const noop = () => undefined;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
