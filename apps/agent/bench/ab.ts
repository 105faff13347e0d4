/**
 * The A/B of the agent's own parts: each variant is the whole agent, bundled with
 * one part swapped (variants.ts), answering `/trpc sessions.get` on a fresh
 * storage of its own. Every agent runs at once, idle but for its turn; the load
 * goes to them in interleaved rounds (a, b, c, a, b, c, ...), so a neighbour's
 * burst on this shared machine falls on every variant alike.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { trpcPatch } from "@kiosk/trpc-node/stock-trpc";
import { freePort } from "../test/harness";
import { cpuSeconds, load, startAgent, type AgentProcess } from "./processes";
import { buildVariant, type Variant } from "./variants";

/** Per variant, one figure per round in round order: requests per second, and the agent's CPU µs per request. */
export type AbFigures<K extends string> = Record<K, { rps: number[]; cpuUs: number[] }>;

export async function measureAb<K extends string>(
  variants: Record<K, Variant>,
  { rounds, seconds }: { rounds: number; seconds: number },
): Promise<AbFigures<K>> {
  const names = Object.keys(variants) as K[];
  const folders: string[] = [];
  const agents = new Map<K, { agent: AgentProcess; url: string }>();
  try {
    for (const name of names) {
      const bundle = await buildVariant(variants[name]);
      const storage = mkdtempSync(join(tmpdir(), `kiosk-bench-ab-${name}-`));
      folders.push(dirname(bundle), storage);
      const agent = await startAgent(await freePort(), storage, {}, bundle);
      agents.set(name, { agent, url: `${agent.url}/trpc/sessions.get?input=${await sessionInput(agent)}` });
    }
    const figures = Object.fromEntries(names.map((name) => [name, { rps: [], cpuUs: [] }])) as unknown as AbFigures<K>;
    for (const { url } of agents.values()) await load({ url, connections: 50, durationSeconds: 2 }); // warm
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        const { agent, url } = agents.get(name) as { agent: AgentProcess; url: string };
        const cpuBefore = cpuSeconds(agent.pid);
        const result = await load({ url, connections: 50, durationSeconds: seconds });
        const cpu = cpuSeconds(agent.pid) - cpuBefore;
        if (result.non2xx + result.errors > 0) {
          throw new Error(`A/B ${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        }
        figures[name].rps.push(result.rps);
        figures[name].cpuUs.push((cpu / result.requests) * 1e6);
      }
    }
    console.error(`bench: A/B figures per round: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    for (const { agent } of agents.values()) await agent.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/** A new session's id as sessions.get's input (superjson's wire form), URL-encoded. */
async function sessionInput(agent: AgentProcess): Promise<string> {
  const answer = await fetch(`${agent.url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
  });
  const { id } = (await answer.json()) as { id: string };
  return encodeURIComponent(JSON.stringify({ json: { id } }));
}

export interface AbPlan {
  variants: Record<string, Variant>;
  /** What each variant is, in table order. */
  labels: Record<string, string>;
  /** `over` against `under`: how much faster the agent is with the part than without it. */
  comparisons: Array<{ label: string; over: string; under: string; target: string }>;
}

/** The variants measured and the rule each comparison applies (README, Performance). */
export function abPlan(): AbPlan {
  const patched = trpcPatch() !== null;
  return {
    variants: {
      a: { adapter: "stock", trpc: "stock" },
      b: { adapter: "kiosk", trpc: "stock" },
      ...(patched ? { c: { adapter: "kiosk", trpc: "patched" } satisfies Variant } : {}),
    },
    labels: {
      a: "(a) agent /trpc sessions.get: tRPC's stock handler, stock tRPC",
      b: "(b) @kiosk/trpc-node, stock tRPC",
      c: "(c) (b) on the workspace's patched tRPC",
    },
    comparisons: [
      { label: "fast path: (b) over (a)", over: "b", under: "a", target: ">= 1.30 keeps it" },
      { label: "tRPC patch: (c) over (b)", over: "c", under: "b", target: ">= 1.15 keeps it" },
    ],
  };
}
