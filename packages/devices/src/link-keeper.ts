import { DeviceError } from "./errors";
import { LinkLostError, type ByteLink, type LinkOpener } from "./link";

export interface LinkKeeperOptions {
  opener: LinkOpener;
  baudRate: number;
  /** Backoff after a failure or an unplug: doubles from `initialMs` up to `maxMs`, back to `initialMs` once a link is up. */
  reconnect?: { initialMs: number; maxMs: number } | undefined;
  /** Takes each new link into use; throwing (the device does not answer) closes it and retries after the backoff. */
  onOpen: (link: ByteLink) => Promise<void> | void;
  /**
   * The link is gone or never came up, with why: a DeviceError NO_ADAPTER when
   * the port did not open, what onOpen threw, what drop() was given, or a
   * LinkLostError (unplugged). Not called when stop() closed it.
   */
  onDown: (cause: Error) => void;
}

export const defaultReconnect = { initialMs: 500, maxMs: 5_000 };

/**
 * Keeps one device port open for the process's life, as ObdAdapter does for
 * the OBD adapter: opens it, hands each link to its owner, and reopens it with
 * backoff after a failure, an unplug, or a drop() by an owner whose device
 * stopped answering.

 * Shared by GaugeDevice and Locker (ObdAdapter keeps its own loop, which also
 * lends the adapter out between commands).
 */
export class LinkKeeper {
  private readonly stopping = new AbortController();
  private readonly reconnect: { initialMs: number; maxMs: number };
  private loop: Promise<void> | null = null;
  private current: ByteLink | null = null;
  private dropCause: Error | null = null;

  constructor(private readonly options: LinkKeeperOptions) {
    this.reconnect = options.reconnect ?? defaultReconnect;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Closes the link and stops reopening it; resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.current?.close();
    await this.loop;
  }

  /** Closes the link in use, with `cause` as the reason onDown gets; it is reopened after the backoff. */
  drop(cause: Error): void {
    const link = this.current;
    if (!link) return;
    this.dropCause ??= cause;
    void link.close();
  }

  private async run(): Promise<void> {
    const { signal } = this.stopping;
    let backoff = this.reconnect.initialMs;
    while (!signal.aborted) {
      const cause = await this.session(() => (backoff = this.reconnect.initialMs));
      if (signal.aborted) return;
      this.options.onDown(cause);
      await pause(backoff, signal);
      backoff = Math.min(backoff * 2, this.reconnect.maxMs);
    }
  }

  /** One link, from its opening to its end; resolves with why it ended. */
  private async session(onUp: () => void): Promise<Error> {
    let link: ByteLink;
    try {
      link = await this.options.opener(this.options.baudRate);
    } catch (error) {
      return new DeviceError("NO_ADAPTER", `cannot open the port: ${messageOf(error)}`, { cause: error });
    }
    this.current = link;
    this.dropCause = null;
    const ended = new Promise<Error>((resolve) =>
      link.onClose((error) => resolve(this.dropCause ?? error ?? new LinkLostError("the port was closed"))),
    );
    try {
      if (this.stopping.signal.aborted) throw new Error("stopping");
      await this.options.onOpen(link);
    } catch (error) {
      await link.close();
      this.current = null;
      return this.dropCause ?? (error instanceof Error ? error : new Error(String(error)));
    }
    onUp();
    const cause = await ended;
    this.current = null;
    return cause;
  }
}

/** Waits `ms`, or less when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
