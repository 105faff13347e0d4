import { describe } from "vitest";
import { sameAnswers, settingsCases } from "./cases";
import { serve, type TrpcCopy } from "./servers";
import { stockTrpcEntry, trpcPatch } from "./stock-trpc";

/**
 * What the agent ships against what tRPC publishes: @kiosk/trpc-node on the
 * workspace's @trpc/server (patched by patches/, when patchedDependencies says
 * so) must answer every conformance case as tRPC's stock adapter on the published
 * @trpc/server does. The patch claims to change no behaviour; this is where it
 * is held to that, and where an upgrade that breaks it fails.
 */
const published: TrpcCopy = {
  server: (await import(stockTrpcEntry())) as TrpcCopy["server"],
  standalone: (await import(stockTrpcEntry("/adapters/standalone"))) as TrpcCopy["standalone"],
};

describe.each(settingsCases)(
  `shipped (${trpcPatch() ? "patched" : "unpatched"}) against published tRPC: %s`,
  (_title, settings, extra) => {
    sameAnswers(
      async () => ({ expected: await serve("stock", settings, published), actual: await serve("trpc-node", settings) }),
      extra,
    );
  },
);
