/**
 * The A/B builds: the agent bundled with the production build's options
 * (bundle-options.ts), with one part swapped at a time, so each part is measured at the
 * agent. Each bundle gets a folder of its own holding copies of the assets the
 * bundle reads beside it and a link to apps/agent/node_modules for its externals.
 * "Stock tRPC" is the published @trpc/server (@kiosk/trpc-node/stock-trpc).
 */
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stockTrpcDir } from "@kiosk/trpc-node/stock-trpc";
import { build, type Plugin } from "esbuild";
import { agentBundleOptions } from "../bundle-options";
import { repoRoot } from "./processes";

export interface Variant {
  /** `stock`: tRPC's own standalone handler (nodeHTTPRequestHandler); `kiosk`: @kiosk/trpc-node. */
  adapter: "stock" | "kiosk";
  /** `stock`: @trpc/server as published; `patched`: as the workspace installs it. */
  trpc: "stock" | "patched";
}

const agentDir = join(repoRoot, "apps/agent");

/** Every `@trpc/server` import resolved from `from` instead of the workspace's install. */
const trpcFrom = (from: string): Plugin => ({
  name: "trpc-from",
  setup(builder) {
    builder.onResolve({ filter: /^@trpc\/server(\/|$)/ }, (args) =>
      args.pluginData === from
        ? undefined
        : builder.resolve(args.path, { kind: args.kind, resolveDir: from, pluginData: from }),
    );
  },
});

/** @kiosk/trpc-node replaced by tRPC's own handler behind the same options (stock-adapter.ts). */
const stockAdapter: Plugin = {
  name: "stock-adapter",
  setup(builder) {
    builder.onResolve({ filter: /^@kiosk\/trpc-node$/ }, () => ({ path: join(agentDir, "bench/stock-adapter.ts") }));
  },
};

/** Bundles the agent as `variant` into a new folder of its own (the caller removes it); returns the bundle's path. */
export async function buildVariant(variant: Variant): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), `kiosk-bench-${variant.adapter}-${variant.trpc}-`));
  const plugins: Plugin[] = [];
  if (variant.trpc === "stock") plugins.push(trpcFrom(stockTrpcDir()));
  if (variant.adapter === "stock") plugins.push(stockAdapter);
  await build(agentBundleOptions(join(out, "agent.mjs"), { plugins }));
  for (const asset of ["drizzle", "fonts", "kiosk"]) {
    cpSync(join(agentDir, "dist", asset), join(out, asset), { recursive: true });
  }
  symlinkSync(join(agentDir, "node_modules"), join(out, "node_modules"));
  return join(out, "agent.mjs");
}
