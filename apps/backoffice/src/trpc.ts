import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { asTRPCError, publicMessage } from "./errors";
import type { BackofficeContext } from "./router";

const root = initTRPC.context<BackofficeContext>().create({
  transformer: superjson,
  isDev: false,
  // A 500's message is the driver's (SQL and parameters): the caller gets a generic one, and never a stack.
  errorFormatter: ({ shape, error }) => {
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: publicMessage(error), data };
  },
});

/**
 * Every procedure's first step: a failure because PostgreSQL is out of reach
 * becomes 503 SERVICE_UNAVAILABLE, on /trpc and /api/ingest alike.
 */
const procedure = root.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw asTRPCError(result.error);
  return result;
});

/** What the backoffice's router is built from. */
export const t = { router: root.router, procedure };
