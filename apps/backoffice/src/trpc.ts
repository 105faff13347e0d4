import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { domainErrorOf, toTRPCError } from "./errors";
import type { BackofficeContext } from "./procedures";

const root = initTRPC.context<BackofficeContext>().create({
  transformer: superjson,
  isDev: false,
  // A 500's message is the driver's (SQL and parameters): the caller gets a generic one, and never a stack.
  errorFormatter: ({ shape, error }) => {
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: domainErrorOf(error).message, data };
  },
});

/**
 * Every procedure's first step: whatever failed leaves as its DomainError, mapped
 * once (PostgreSQL out of reach is 503 SERVICE_UNAVAILABLE, on /trpc and
 * /api/ingest alike).
 */
const procedure = root.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

/** What the backoffice's router is built from. */
export const t = { router: root.router, procedure };
