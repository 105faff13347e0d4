import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  TRPCClientError,
} from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { EventSource } from "eventsource";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sameAnswers, settingsCases } from "./cases";
import type { TestRouter } from "./router";
import { serve, type Served } from "./servers";
import { stockTrpcEntry, trpcPatch } from "./stock-trpc";

/**
 * One suite, two adapters, on tRPC as published: every case goes to tRPC's stock
 * standalone adapter and to @kiosk/trpc-node, and the answers must be the same
 * (status, the headers that carry meaning, the body, what onError saw). Every
 * @trpc/server import of this suite, the adapter's own included, is the published
 * package, never the workspace's patched one (shipped.test.ts compares that).
 */
vi.mock("@trpc/server", async () => (await import("./stock-trpc")).importStockTrpc());
vi.mock("@trpc/server/http", async () => (await import("./stock-trpc")).importStockTrpc("/http"));
vi.mock("@trpc/server/adapters/node-http", async () =>
  (await import("./stock-trpc")).importStockTrpc("/adapters/node-http"),
);
vi.mock("@trpc/server/adapters/standalone", async () =>
  (await import("./stock-trpc")).importStockTrpc("/adapters/standalone"),
);

it("runs on the published @trpc/server, not the workspace's patched one", async () => {
  const published = (await import(stockTrpcEntry())) as { TRPCError: unknown };
  expect(TRPCError).toBe(published.TRPCError);
  if (trpcPatch()) {
    const shipped = await vi.importActual<{ TRPCError: unknown }>("@trpc/server");
    expect(TRPCError).not.toBe(shipped.TRPCError);
  }
});

describe.each(settingsCases)("conformance with the stock adapter: %s", (_title, settings, extra) => {
  sameAnswers(
    async () => ({ expected: await serve("stock", settings), actual: await serve("trpc-node", settings) }),
    extra,
  );
});

describe.each(["stock", "trpc-node"] as const)("a real @trpc/client against the %s adapter", (name) => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(name, { transformer: true });
  });
  afterAll(() => served.close());

  const client = (link: "http" | "batch" | "stream") =>
    createTRPCClient<TestRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: `${served.url}/trpc`, transformer: superjson, EventSource }),
          false: (link === "http" ? httpLink : link === "batch" ? httpBatchLink : httpBatchStreamLink)({
            url: `${served.url}/trpc`,
            transformer: superjson,
          }),
        }),
      ],
    });

  it.each(["http", "batch", "stream"] as const)("queries, mutates and reads errors over the %s link", async (link) => {
    const api = client(link);
    const [hello, date, echo] = await Promise.all([
      api.hello.query({ who: "a" }),
      api.date.query(new Date(Date.UTC(2026, 10, 28))),
      api.echo.mutate("b"),
    ]);
    expect(hello).toBe("hello a");
    expect(date.at).toEqual(new Date(Date.UTC(2026, 10, 28)));
    expect(date.set).toEqual(new Set([1]));
    expect(echo).toBe("hello b");
    const error = await api.conflict.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<TestRouter>).data?.code).toBe("CONFLICT");
    expect((error as TRPCClientError<TestRouter>).message).toBe("already done");
  });

  it("streams a generator over httpBatchStreamLink", async () => {
    const chunks: number[] = [];
    for await (const value of await client("stream").streamQuery.query()) chunks.push(value);
    expect(chunks).toEqual([0, 1, 2]);
  });

  it("subscribes over SSE and resumes from a lastEventId", async () => {
    const received = (lastEventId?: string) =>
      new Promise<number[]>((resolve, reject) => {
        const values: number[] = [];
        const subscription = client("http").numbers.subscribe(lastEventId ? { lastEventId } : undefined, {
          onData: ({ data }) => {
            values.push(data);
            if (data === 3) {
              subscription.unsubscribe();
              resolve(values);
            }
          },
          onError: reject,
        });
      });
    expect(await received()).toEqual([1, 2, 3]);
    expect(await received("1")).toEqual([2, 3]);
  });

  it("aborts the procedure when the client gives up", async () => {
    const controller = new AbortController();
    const call = client("http").slow.query(`abort-${name}`, { signal: controller.signal });
    await expect.poll(() => served.observed.started).toContain(`abort-${name}`);
    controller.abort();
    await expect(call).rejects.toThrow();
    await expect.poll(() => served.observed.aborted, { timeout: 2_000 }).toContain(`abort-${name}`);
  });
});
