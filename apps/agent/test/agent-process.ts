import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { eventually } from "./eventually";

export const repoRoot = resolve(import.meta.dirname, "../../..");

/** A service of this repository run as a real process, to kill and restart. */
export interface ServiceProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Whether it is still running. */
  alive(): boolean;
  /** Resolves once /readyz answers 200, rejects if the process exits or `timeoutMs` passes first. */
  ready(url: string, timeoutMs?: number): Promise<void>;
}

export type AgentProcess = ServiceProcess;

/**
 * Runs `command` from the repository's root with only the environment given
 * (and PATH), collecting its output; `name` is what errors call it.
 */
export function spawnService(
  name: string,
  command: readonly [string, readonly string[]],
  env: Record<string, string>,
): ServiceProcess {
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
    alive: () => exitCode === undefined,
    async ready(url, timeoutMs = 30_000) {
      const readyz = () => {
        if (exitCode !== undefined)
          throw new Error(`the ${name} exited (${String(exitCode)}) before it was ready:\n${output}`);
        return fetch(`${url}/readyz`).then(
          (r) => r.status,
          () => 0,
        );
      };
      await eventually(readyz, (status) => status === 200, timeoutMs).catch((error: unknown) => {
        throw exitCode === undefined ? new Error(`the ${name} was not ready in ${timeoutMs} ms:\n${output}`) : error;
      });
    },
  };
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
  return spawnService("agent", command, env);
}

const shellQuote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
