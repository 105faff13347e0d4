import { DomainError, enforceRateLimit, findJsonTextProblem, httpErrorOf } from "@kiosk/core";
import { outcomeOf } from "@kiosk/metrics";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "./context";
import { domainErrorOf, publicError, toTRPCError } from "./errors";

export type Tier = "public" | "kiosk" | "operator" | "devOperator";

/**
 * Where a procedure also answers on the original REST API. The agent derives its
 * route table and /openapi.json from these, so a path is written once, here.
 */
export interface RestMeta {
  method: "GET" | "POST" | "PATCH";
  /** Path template; each `:name` segment fills the input field of the same name. */
  path: string;
  /** The success status; 200 unless said. */
  status?: 200 | 201 | 202;
  summary: string;
}

export interface ProcedureMeta {
  /** Set by the tier's procedure builder, so the REST layer and OpenAPI know who may call. */
  tier?: Tier;
  rest?: RestMeta;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // Stacks never leave the server, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      // Every error from a procedure has its DomainError as cause (the tiers see to it);
      // tRPC's own refusals (an unknown path, an unreadable body) are read the same way.
      const body = publicError(domainErrorOf(error));
      return {
        ...shape,
        message: body.message,
        data: { ...shape.data, issues: body.issues ?? null, details: body.details ?? null },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Who may call a tier: the kiosk from loopback or with the kiosk (or operator)
 * token, operators only with OPERATOR_API_TOKEN (none configured, no operator
 * access), DEV aids never in PROD. The tokens were checked once, in the context.
 */
function admit(ctx: Context, tier: Tier): void {
  const { caller, holds } = ctx;
  if (tier === "public") return;
  if (tier === "devOperator" && ctx.config.environment === "PROD") {
    throw new DomainError("FORBIDDEN", "this is available only when AGENT_ENV=DEV");
  }
  if (tier === "kiosk") {
    if (holds.operatorToken || holds.kioskToken || caller.isLoopback) return;
    if (!caller.token) {
      throw new DomainError("UNAUTHORIZED", "a kiosk token is required from this address");
    }
    throw new DomainError("FORBIDDEN", "the token is not valid");
  }
  // Held without a token: the in-process callers (an embedding program, a fleet command run as its operator).
  if (holds.operatorToken) return;
  if (!caller.token) throw new DomainError("UNAUTHORIZED", "an operator token is required");
  throw new DomainError("FORBIDDEN", "the token is not an operator token");
}

/**
 * Every string a caller sends must be storable everywhere it may travel: SQLite
 * takes a NUL or a lone surrogate, but PostgreSQL in the fleet does not, and one
 * such event would stall a kiosk's fleet stream. Refused at the edge, REST and
 * tRPC alike, before any schema sees it.
 */
function refuseUnstorableText(input: unknown): void {
  const problem = findJsonTextProblem(input);
  if (problem) {
    throw new DomainError("BAD_REQUEST", `Invalid input: ${problem.path} ${problem.message}`, {
      field: problem.path,
      problem: problem.problem,
    });
  }
}

/**
 * One middleware per tier, doing everything a call needs around the procedure:
 * access, error mapping, and the procedure's rate, errors and duration (never
 * labelled by id). It passes no ctx on: tRPC copies the whole context for that.
 */
function tier(kind: Tier) {
  return t.middleware(async ({ ctx, path, type, next, getRawInput }) => {
    const started = performance.now();
    const record = (status: number) =>
      ctx.metrics.observeProcedure([path, type, outcomeOf(status)], (performance.now() - started) / 1000);
    // Whatever failed leaves as its DomainError, mapped once: the cause of the tRPC error is always one.
    const fail = (thrown: unknown) => {
      const error = domainErrorOf(thrown);
      record(httpErrorOf(error.code).status);
      return toTRPCError(error);
    };
    try {
      admit(ctx, kind);
      // Every change a kiosk-tier caller asks for counts against its per-client limit;
      // operators (and the in-process API, which holds the database anyway) are trusted.
      if (kind === "kiosk" && type === "mutation" && !ctx.holds.operatorToken) {
        enforceRateLimit(ctx.rateLimits.kioskMutations, ctx.caller.ip, "changes");
      }
      refuseUnstorableText(await getRawInput());
    } catch (thrown) {
      throw fail(thrown);
    }
    const result = await next();
    if (!result.ok) throw fail(result.error);
    record(200);
    return result;
  });
}

/** Anyone: health and readiness. */
export const publicProcedure = t.procedure.use(tier("public")).meta({ tier: "public" });
/** The kiosk UI: from loopback, or with the kiosk (or operator) token. */
export const kioskProcedure = t.procedure.use(tier("kiosk")).meta({ tier: "kiosk" });
/** Operators: only with OPERATOR_API_TOKEN. */
export const operatorProcedure = t.procedure.use(tier("operator")).meta({ tier: "operator" });
/** Development aids (DEV confirm, emulator knobs): operators, and never in PROD, whoever asks. */
export const devOperatorProcedure = t.procedure.use(tier("devOperator")).meta({ tier: "devOperator" });
