import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const bundle = fileURLToPath(new URL("../dist/agent.mjs", import.meta.url));
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Runs a bench script in a fresh process (through tsx) and returns the JSON it prints last. */
export function runScript<T>(script: string, args: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", script.startsWith("/") ? script : here(script), ...args],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) reject(new Error(`${script} exited ${String(code)}: ${out}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** An anchor server (raw, stock, fast) in its own process; resolves once it listens. */
export function startAnchor(mode: "raw" | "stock" | "fast"): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", here("./anchor-server.ts"), mode], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.once("data", (chunk: Buffer) => {
      resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, pid: child.pid ?? 0, stop: () => stop(child) });
    });
    child.on("error", reject);
  });
}

export interface AgentProcess extends Server {
  /** Milliseconds from spawn to the first 200 from /readyz. */
  readyMs: number;
}

/** The production bundle (or another build of the agent) on `port` with `storage`; resolves when /readyz answers 200. */
export async function startAgent(
  port: number,
  storage: string,
  env: Record<string, string> = {},
  agentBundle = bundle,
): Promise<AgentProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [agentBundle], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      STORAGE_PATH: storage,
      LOG_LEVEL: "warn",
      // The load comes from one loopback client; the limiter still runs on every mutation.
      RATE_LIMIT_PER_MINUTE: "100000000",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the agent exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  return { url, pid: child.pid ?? 0, readyMs: performance.now() - started, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Resident set size of a process, MiB, from /proc. */
export function rssMiB(pid: number): number {
  const line =
    readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:")) ?? "";
  return Number(line.replace(/\D/g, "")) / 1024;
}

const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/**
 * CPU seconds a process has used (user and system), from /proc. A server's CPU time
 * per request moves much less than its requests per second when a neighbour takes a core.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The fields after the command name (which may hold spaces and parentheses), from field 3: utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

export interface Load {
  rps: number;
  /** Requests answered over the run. */
  requests: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** One autocannon run in a process of its own. */
export const load = (options: Record<string, unknown>) => runScript<Load>("./load.ts", [JSON.stringify(options)]);

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};
