import { spawnBackoffice, type BackofficeProcess } from "../backoffice-process";

/**
 * The backoffice as the campaign's child: main.ts on a fixed port, so kiosks
 * keep pushing to the same URL across restarts. Only the campaign kills and
 * starts it; an exit it did not cause is recorded with the end of its output.
 */
export class BackofficeChild {
  private proc: BackofficeProcess | null = null;
  private killing = false;
  /** Exits nobody asked for: "pid N exited (code) after: <last output>". */
  readonly deaths: string[] = [];

  constructor(
    private readonly env: Record<string, string>,
    readonly url: string,
  ) {}

  get pid(): number | undefined {
    return this.proc?.child.pid;
  }

  alive(): boolean {
    return this.proc?.alive() ?? false;
  }

  /** Starts main.ts and resolves once /readyz answers 200. */
  async start(): Promise<void> {
    const proc = spawnBackoffice(this.env);
    this.proc = proc;
    this.killing = false;
    void proc.exited.then((code) => {
      if (this.killing) return;
      this.deaths.push(`pid ${proc.child.pid} exited (${String(code)}) after: ${proc.output().slice(-600).trim()}`);
    });
    await proc.ready(this.url, 60_000);
  }

  /** SIGKILL, as a power cut or the OOM killer would; resolves once it is gone. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc?.alive()) return;
    this.killing = true;
    proc.child.kill("SIGKILL");
    await proc.exited;
  }
}
