/**
 * The anchors the agent is measured against, each a process of its own: raw
 * node:http answering a fixed JSON body, and one minimal tRPC router behind the
 * stock standalone adapter or behind @kiosk/trpc-node.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeHandler } from "@kiosk/trpc-node";
import { initTRPC } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { z } from "zod";

const mode = process.argv[2] as "raw" | "stock" | "fast";
const t = initTRPC.create();
const router = t.router({
  get: t.procedure
    .input(z.object({ id: z.string() }))
    .query(({ input }) => ({ id: input.id, type: "diagnostics", status: "active", createdAt: 1_764_000_000_000 })),
});
const body = JSON.stringify({ result: { data: { id: "ses_1", type: "diagnostics", status: "active", createdAt: 1 } } });
const handler =
  mode === "raw"
    ? (_req: unknown, res: ServerResponse) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      }
    : mode === "stock"
      ? createHTTPHandler({ router })
      : createNodeHandler({ router });
const server = createServer((req, res) => void handler(req, res));
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
