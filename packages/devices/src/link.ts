/**
 * A byte stream to a device: a serial port, a pseudo-terminal, or an in-memory
 * pipe to a simulator. Drivers speak to this and nothing else, so the same driver
 * runs against real hardware, a simulator on a PTY and a simulator in process.
 */
export interface ByteLink {
  /** Resolves when the bytes are handed to the OS (or the peer); rejects once the link is lost. */
  write(bytes: Uint8Array): Promise<void>;
  /** Every chunk that arrives, in order. Returns the unsubscribe. */
  onData(listener: (bytes: Buffer) => void): () => void;
  /** Once, when the link ends: `error` set when it was lost (unplugged), null when closed on purpose. */
  onClose(listener: (error: Error | null) => void): () => void;
  close(): Promise<void>;
  readonly isOpen: boolean;
  /** Changes the line's rate in place (a serial port's termios), for the baud probe; absent: reopen instead. */
  setBaudRate?(baudRate: number): Promise<void>;
}

/** Opens a link at a baud rate; a device's owner reopens through it after an unplug. */
export type LinkOpener = (baudRate: number) => Promise<ByteLink>;

type DataListener = (bytes: Buffer) => void;
type CloseListener = (error: Error | null) => void;

/** The shared plumbing of a link's listeners. */
export class LinkEvents {
  private readonly dataListeners = new Set<DataListener>();
  private readonly closeListeners = new Set<CloseListener>();
  private closed = false;

  get isOpen(): boolean {
    return !this.closed;
  }

  onData(listener: DataListener): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onClose(listener: CloseListener): () => void {
    if (this.closed) {
      queueMicrotask(() => listener(null));
      return () => undefined;
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  emitData(bytes: Buffer): void {
    for (const listener of [...this.dataListeners]) listener(bytes);
  }

  emitClose(error: Error | null): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of [...this.closeListeners]) listener(error);
    this.closeListeners.clear();
    this.dataListeners.clear();
  }
}

/** The error a write or a pending command gets once the link is gone. */
export class LinkLostError extends Error {
  constructor(message = "the device link was lost") {
    super(message);
    this.name = "LinkLostError";
  }
}

/**
 * Two linked ends in process: what one writes, the other receives (on a later
 * microtask, as a real stream would deliver it). `baudRate` of each end is what
 * its opener asked for; a simulator may garble bytes when the two disagree, to
 * model a wrong baud rate.
 */
export function memoryLinkPair(): [MemoryLink, MemoryLink] {
  const a = new MemoryLink();
  const b = new MemoryLink();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

export class MemoryLink implements ByteLink {
  peer: MemoryLink | null = null;
  baudRate = 38400;
  private readonly events = new LinkEvents();

  get isOpen(): boolean {
    return this.events.isOpen;
  }

  write(bytes: Uint8Array): Promise<void> {
    const peer = this.peer;
    if (!this.isOpen || !peer?.isOpen) return Promise.reject(new LinkLostError());
    const copy = Buffer.from(bytes);
    queueMicrotask(() => peer.events.emitData(copy));
    return Promise.resolve();
  }

  onData(listener: DataListener): () => void {
    return this.events.onData(listener);
  }

  onClose(listener: CloseListener): () => void {
    return this.events.onClose(listener);
  }

  close(): Promise<void> {
    this.events.emitClose(null);
    return Promise.resolve();
  }

  setBaudRate(baudRate: number): Promise<void> {
    this.baudRate = baudRate;
    if (this.peer) this.peer.baudRate = baudRate;
    return Promise.resolve();
  }

  /** Ends both sides as an unplugged cable would: each sees an error. */
  unplug(): void {
    this.events.emitClose(new LinkLostError("unplugged"));
    this.peer?.events.emitClose(new LinkLostError("unplugged"));
  }
}
