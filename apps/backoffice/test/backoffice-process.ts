import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../../..");

export interface BackofficeProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Whether it is still running. */
  alive(): boolean;
  /** Resolves once /readyz answers 200; rejects if the process exits or `timeoutMs` passes first. */
  ready(url: string, timeoutMs?: number): Promise<void>;
}

/**
 * `apps/backoffice/src/main.ts` as a real process (what `pnpm start:backoffice`
 * runs), with only the environment given and PATH.
 */
export function spawnBackoffice(env: Record<string, string>): BackofficeProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/backoffice/src/main.ts"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((done) =>
    child.on("exit", (code) => {
      exitCode = code;
      done(code);
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    alive: () => exitCode === undefined,
    async ready(url, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exitCode !== undefined) {
          throw new Error(`the backoffice exited (${String(exitCode)}) before it was ready:\n${output}`);
        }
        const status = await fetch(`${url}/readyz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        if (Date.now() > deadline) throw new Error(`the backoffice was not ready in ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
