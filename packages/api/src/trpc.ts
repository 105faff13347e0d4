import { DomainError, storageFailureOf } from "@kiosk/core";
import { initTRPC, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import superjson from "superjson";
import { tokenMatches, type Context } from "./context";
import { publicError, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Stacks never leave the server, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const body = publicError(error);
    return {
      ...shape,
      message: body.message,
      data: { ...shape.data, issues: body.issues ?? null, details: body.details ?? null },
    };
  },
});

/**
 * Domain errors become their mapped tRPC code, a full or failing disk becomes
 * 503 (storage_full / storage_failure); anything else stays INTERNAL.
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw toTRPCError(cause);
  const storage = storageFailureOf(cause);
  if (storage) throw toTRPCError(storage);
  return result;
});

/** Rate, errors and duration of every procedure call, labelled by procedure path, never by id. */
const observe = t.middleware(async ({ ctx, path, type, next }) => {
  const stop = ctx.metrics.procedureDuration.startTimer({ procedure: path, type });
  const result = await next();
  const status = result.ok ? 200 : getHTTPStatusCodeFromError(result.error);
  stop({ outcome: status < 400 ? "success" : status < 500 ? "client_error" : "server_error" });
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone: health and readiness. */
export const publicProcedure = t.procedure.use(observe).use(mapDomainErrors);

/** The kiosk UI: from loopback, or with the kiosk (or operator) token. */
const requireKiosk = t.middleware(({ ctx, next }) => {
  const { caller, config } = ctx;
  const allowed =
    caller.isLoopback ||
    tokenMatches(caller.token, config.auth.kioskToken) ||
    tokenMatches(caller.token, config.auth.operatorToken);
  if (allowed) return next();
  if (!caller.token)
    throw new TRPCError({ code: "UNAUTHORIZED", message: "a kiosk token is required from this address" });
  throw new TRPCError({ code: "FORBIDDEN", message: "the token is not valid" });
});

/** Operators: only with OPERATOR_API_TOKEN; no token configured means no operator access. */
const requireOperator = t.middleware(({ ctx, next }) => {
  const { caller, config } = ctx;
  if (!caller.token) throw new TRPCError({ code: "UNAUTHORIZED", message: "an operator token is required" });
  if (!tokenMatches(caller.token, config.auth.operatorToken)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "the token is not an operator token" });
  }
  return next();
});

/** Development aids (DEV confirm, emulator knobs) do not exist in PROD, whoever asks. */
const requireDev = t.middleware(({ ctx, next }) => {
  if (ctx.config.environment === "PROD") {
    throw new TRPCError({ code: "FORBIDDEN", message: "this is available only when AGENT_ENV=DEV" });
  }
  return next();
});

export const kioskProcedure = publicProcedure.use(requireKiosk);
export const operatorProcedure = publicProcedure.use(requireOperator);
export const devOperatorProcedure = publicProcedure.use(requireDev).use(requireOperator);
