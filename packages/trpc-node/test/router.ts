import type * as trpcServer from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";

/** The @trpc/server a router is built with: the published one or the one the workspace ships (stock-trpc.ts). */
export type TrpcServer = Pick<typeof trpcServer, "initTRPC" | "tracked" | "TRPCError">;

export interface Ctx {
  user: string | null;
}

/** What the adapter under test saw, to compare onError calls and aborts between adapters. */
export interface Observed {
  errors: Array<{ path: string | undefined; code: string; type: string }>;
  aborted: string[];
  /** Inputs of the slow query, as each call starts. */
  started: string[];
}

/** One router's procedures, for the plain and the superjson root alike: every shape an adapter must carry. */
export function makeRouter({ initTRPC, tracked, TRPCError }: TrpcServer, transformer: boolean, observed: Observed) {
  // Without superjson the wire is plain JSON: an identity transformer, as tRPC's own default is.
  const identity = { serialize: (value: unknown) => value, deserialize: (value: unknown) => value as never };
  const t = initTRPC.context<Ctx>().create({ isDev: false, transformer: transformer ? superjson : identity });
  // Middlewares that extend the context and an output parser: the paths the workspace's tRPC patch rewrites.
  const tiered = t.procedure.use(({ ctx, next }) => next({ ctx: { ...ctx, tier: "kiosk" } })).use(({ next }) => next());
  return t.router({
    tiered: tiered
      .input(z.object({ n: z.number() }))
      .output(z.object({ n: z.number(), tier: z.string(), user: z.string().nullable() }))
      .query(({ input, ctx }) => ({ n: input.n, tier: ctx.tier, user: ctx.user })),
    badOutput: t.procedure.output(z.object({ n: z.number() })).query(() => ({ n: "not a number" }) as never),
    refusedByMiddleware: t.procedure
      .use(() => {
        throw new TRPCError({ code: "FORBIDDEN", message: "not for you" });
      })
      .query(() => "never"),
    hello: t.procedure
      .input(z.object({ who: z.string().nullish() }).optional())
      .query(({ input }) => `hello ${input?.who ?? "world"}`),
    echo: t.procedure.input(z.string()).mutation(({ input }) => `hello ${input}`),
    mut: t.procedure.mutation(() => "mutation"),
    who: t.procedure.query(({ ctx }) => ({ user: ctx.user })),
    date: t.procedure
      .input(z.date().optional())
      .query(({ input }) => ({ at: input ?? new Date(0), set: new Set([1]) })),
    exampleError: t.procedure.query(() => {
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Unexpected error" });
    }),
    conflict: t.procedure.query(() => {
      throw new TRPCError({ code: "CONFLICT", message: "already done" });
    }),
    unknownError: t.procedure.query(() => {
      throw new Error("a bug with a secret");
    }),
    streamQuery: t.procedure.query(async function* () {
      for (let i = 0; i < 3; i++) {
        await Promise.resolve();
        yield i;
      }
    }),
    slow: t.procedure.input(z.string()).query(async ({ input, signal }) => {
      observed.started.push(input);
      await new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        signal?.addEventListener("abort", () => resolve(), { once: true });
        setTimeout(resolve, 5_000).unref();
      });
      if (signal?.aborted) observed.aborted.push(input);
      return "done";
    }),
    /** A subscription and a stream that send one value, then hold until the client leaves. */
    heldSubscription: t.procedure.subscription(async function* ({ signal }) {
      yield 1;
      await untilAborted(signal);
      observed.aborted.push("heldSubscription");
    }),
    heldStream: t.procedure.query(async function* ({ signal }) {
      yield 0;
      await untilAborted(signal);
      observed.aborted.push("heldStream");
    }),
    numbers: t.procedure
      .input(z.object({ lastEventId: z.string().nullish() }).optional())
      .subscription(async function* ({ input }) {
        const from = input?.lastEventId ? Number(input.lastEventId) + 1 : 1;
        for (let i = from; i <= 3; i++) {
          await Promise.resolve();
          yield tracked(String(i), i);
        }
      }),
  });
}

export type TestRouter = ReturnType<typeof makeRouter>;

const untilAborted = (signal: AbortSignal | undefined) =>
  new Promise<void>((resolve) => {
    if (!signal || signal.aborted) return resolve();
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
