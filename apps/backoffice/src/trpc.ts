import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { refuseForgedMutation } from "./accounts/csrf";
import { consoleRefusalOf, domainErrorOf, toTRPCError } from "./errors";
import type { BackofficeContext } from "./procedures";

const root = initTRPC.context<BackofficeContext>().create({
  transformer: superjson,
  isDev: false,
  // A 500's message is the driver's (SQL and parameters): the caller gets a generic one, and never a stack.
  errorFormatter: ({ shape, error }) => {
    const { stack: _stack, ...data } = shape.data;
    const domain = domainErrorOf(error);
    return { ...shape, message: domain.message, data: { ...data, refusal: consoleRefusalOf(domain) } };
  },
});

/**
 * Every procedure's first step: whatever failed leaves as its DomainError, mapped
 * once (PostgreSQL out of reach is 503 SERVICE_UNAVAILABLE, on /trpc and
 * /api/ingest alike). Then a mutation another site may have forged is refused
 * (403 CSRF) before anything else looks at it.
 */
const procedure = root.procedure
  .use(async ({ next }) => {
    const result = await next();
    if (!result.ok) throw toTRPCError(result.error);
    return result;
  })
  .use(({ ctx, type, next }) => {
    refuseForgedMutation(ctx, type);
    return next();
  });

/** What the backoffice's router is built from. */
export const t = { router: root.router, procedure };
