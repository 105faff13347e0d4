import { initTRPC, tracked, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";

export interface Ctx {
  user: string | null;
}

/** What the adapter under test saw, to compare onError calls and aborts between adapters. */
export interface Observed {
  errors: Array<{ path: string | undefined; code: string; type: string }>;
  aborted: string[];
}

/** One router's procedures, for the plain and the superjson root alike: every shape an adapter must carry. */
export function makeRouter(transformer: boolean, observed: Observed) {
  // Without superjson the wire is plain JSON: an identity transformer, as tRPC's own default is.
  const identity = { serialize: (value: unknown) => value, deserialize: (value: unknown) => value as never };
  const t = initTRPC.context<Ctx>().create({ isDev: false, transformer: transformer ? superjson : identity });
  return t.router({
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
      await new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        signal?.addEventListener("abort", () => resolve(), { once: true });
        setTimeout(resolve, 5_000).unref();
      });
      if (signal?.aborted) observed.aborted.push(input);
      return "done";
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
