import { DeviceError } from "../errors";
import { LinkLostError, type ByteLink } from "../link";

/** The ELM327 ends every answer with this prompt; nothing may be sent before it. */
const PROMPT = ">";

/** How long a resync waits for the chip's `?` before the port is left to the next command's own timeout. */
const RESYNC_MS = 3_000;

/** OBD services that erase what the car remembers: mode 04 (clear DTCs), and UDS 0x14 on the same bus. */
const ERASING_SERVICES = /^(04|14)/;

interface Pending {
  command: string;
  resolve: (lines: string[]) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The wire discipline of an ELM327: ASCII commands ending in CR, answers ending
 * with the `>` prompt, one command in flight (a byte sent while the chip is busy
 * interrupts it: `STOPPED`), never a bare CR (it repeats the last command, which
 * could be anything), and a timeout on every command, after which the port is
 * resynchronised before the next one.
 */
export class CommandPort {
  private text = "";
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private needsResync = false;
  private lost: Error | null = null;
  private readonly unsubscribe: Array<() => void>;

  constructor(private readonly link: ByteLink) {
    this.unsubscribe = [
      link.onData((bytes) => this.receive(bytes)),
      link.onClose((error) => this.fail(error ?? new LinkLostError("the port was closed"))),
    ];
  }

  /**
   * Sends one command and resolves with the answer's lines (CR/LF split, blank
   * lines and non-printing bytes dropped, the echo left for the caller). Commands
   * queue: each waits for the prompt of the one before.
   */
  send(command: string, timeoutMs: number): Promise<string[]> {
    const normalized = command.replace(/\s+/g, "").toUpperCase();
    if (normalized === "") return Promise.reject(new Error("a bare CR repeats the last command; refused"));
    if (ERASING_SERVICES.test(normalized)) {
      return Promise.reject(new Error(`refused to send ${normalized}: clearing trouble codes is never done here`));
    }
    const run = this.queue.then(() => this.exchange(command, timeoutMs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes raw bytes and waits for a prompt: the baud-rate probe's `\x7F\x7F\r`. */
  probe(bytes: string, timeoutMs: number): Promise<string[]> {
    const run = this.queue.then(() => this.exchange(bytes, timeoutMs, true));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    this.fail(new LinkLostError("the port was closed"));
  }

  private async exchange(command: string, timeoutMs: number, raw = false): Promise<string[]> {
    if (this.lost) throw this.lost;
    if (this.needsResync) await this.resync();
    this.text = "";
    const answer = new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.needsResync = true;
        reject(new DeviceError("ADAPTER_TIMEOUT", `no answer to ${printable(command)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending = { command, resolve, reject, timer };
    });
    try {
      await this.link.write(Buffer.from(raw ? command : `${command}\r`, "latin1"));
    } catch (error) {
      this.fail(error instanceof Error ? error : new LinkLostError());
    }
    return answer;
  }

  /**
   * After a timeout the chip may still be busy with the old command, or its
   * answer may still be on its way. `\x7F\x7F\r` interrupts a busy chip
   * (`STOPPED`) and is itself answered `?`: everything up to the prompt after
   * that `?` is stale (the late answer, the STOPPED), and the line is in step
   * again. Gives up after `RESYNC_MS`; the next command then times out on its own.
   */
  private async resync(): Promise<void> {
    this.needsResync = false;
    this.text = "";
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve();
      }, RESYNC_MS);
      const pending: Pending = {
        command: "(resync)",
        resolve: (lines) => {
          if (!lines.includes("?")) {
            // A stale answer or STOPPED: the probe's own `?` is still to come.
            this.pending = pending;
            return;
          }
          clearTimeout(timer);
          resolve();
        },
        reject: () => {
          clearTimeout(timer);
          resolve();
        },
        timer,
      };
      this.pending = pending;
    });
    await this.link.write(Buffer.from("\x7F\x7F\r", "latin1"));
    await settled;
    this.text = "";
  }

  private receive(bytes: Buffer): void {
    this.text += bytes.toString("latin1");
    const pending = this.pending;
    if (!pending) {
      // Nothing asked for this (a late answer after a timeout): keep only what follows its prompt.
      const at = this.text.lastIndexOf(PROMPT);
      if (at >= 0) this.text = this.text.slice(at + 1);
      return;
    }
    const at = this.text.indexOf(PROMPT);
    if (at < 0) return;
    const answer = this.text.slice(0, at);
    this.text = this.text.slice(at + 1);
    clearTimeout(pending.timer);
    this.pending = null;
    pending.resolve(linesOf(answer));
  }

  private fail(error: Error): void {
    this.lost ??= error;
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = null;
    pending.reject(error);
  }
}

/** An answer's lines: clones end lines with CR, CR LF or LF, and some send a stray non-ASCII byte. */
export function linesOf(answer: string): string[] {
  return answer
    .replace(/[^\x20-\x7E\r\n]/g, "")
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const printable = (command: string) => JSON.stringify(command.replace(/\r$/, ""));
