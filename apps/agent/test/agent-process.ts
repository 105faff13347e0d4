import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../../..");

export interface AgentProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once /readyz answers 200, rejects if the process exits or `timeoutMs` passes first. */
  ready(url: string, timeoutMs?: number): Promise<void>;
}

/** How the agent runs: from its sources under tsx, or as the production bundle `pnpm start` runs. */
const entries = {
  sources: ["--import", "tsx", "apps/agent/src/main.ts"],
  bundle: ["apps/agent/dist/agent.mjs"],
};

/**
 * The agent as a real process to kill and restart, with only the environment
 * given (and PATH): from its sources by default, or the built bundle.
 */
export function spawnAgent(
  env: Record<string, string>,
  from: keyof typeof entries = "sources",
  options: { terminal?: boolean } = {},
): AgentProcess {
  // `script` gives the agent a pseudo-terminal for stdout, as a person running it in a shell would.
  const command = options.terminal
    ? (["script", ["-qefc", [process.execPath, ...entries[from]].map(shellQuote).join(" "), "/dev/null"]] as const)
    : ([process.execPath, entries[from]] as const);
  const child = spawn(command[0], command[1], {
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
    async ready(url, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (exitCode !== undefined)
          throw new Error(`the agent exited (${String(exitCode)}) before it was ready:\n${output}`);
        const status = await fetch(`${url}/readyz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        if (Date.now() > deadline) throw new Error(`the agent was not ready in ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
