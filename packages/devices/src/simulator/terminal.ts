import { type ByteLink } from "../link";

/**
 * A dumb terminal on a link, for tests: sends raw text, collects what comes back as
 * latin1 (so a clone's \xfc stays one character) and waits for markers such as the
 * prompt, never for time.
 */
export class Terminal {
  private buffer = "";
  private waiters: { marker: string; resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
  readonly closed: Promise<Error | null>;

  constructor(readonly link: ByteLink) {
    link.onData((bytes) => {
      this.buffer += bytes.toString("latin1");
      this.settle();
    });
    this.closed = new Promise((resolve) =>
      link.onClose((error) => {
        for (const waiter of this.waiters) waiter.reject(error ?? new Error("closed"));
        this.waiters = [];
        resolve(error);
      }),
    );
  }

  send(text: string): Promise<void> {
    return this.link.write(Buffer.from(text, "latin1"));
  }

  /** Everything up to and including the next `marker`, taken out of the buffer. */
  until(marker: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ marker, resolve, reject });
      this.settle();
    });
  }

  /** Whatever has arrived, once something has (for noise, which has no marker to wait for). */
  async any(): Promise<string> {
    if (!this.buffer) await new Promise<void>((resolve) => this.link.onData(() => resolve()));
    const text = this.buffer;
    this.buffer = "";
    return text;
  }

  /** Sends a command and its CR, and resolves with the answer up to the prompt. */
  async command(text: string): Promise<string> {
    await this.send(`${text}\r`);
    return this.until(">");
  }

  /** What has arrived and not been taken yet. */
  get pending(): string {
    return this.buffer;
  }

  private settle(): void {
    while (this.waiters.length > 0) {
      const waiter = this.waiters[0];
      if (!waiter) return;
      const at = this.buffer.indexOf(waiter.marker);
      if (at < 0) return;
      const end = at + waiter.marker.length;
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end);
      this.waiters.shift();
      waiter.resolve(text);
    }
  }
}
