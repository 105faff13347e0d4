import { TRPCError } from "@trpc/server";
import { DrizzleQueryError } from "drizzle-orm";

/** The socket could not reach PostgreSQL, or lost it. */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** SQLSTATE class 08 (connection exception); 57P01-03: shut down by an admin, after a crash, or still starting. */
const unavailableSqlState = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** What node-postgres says when a connection dies or cannot be had in time (it sets no code then). */
const unavailableMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether this failure means "the database cannot be reached right now" rather
 * than a bug: looks through TRPCError's and drizzle's wrappers (`cause`) and
 * Node's AggregateError (one per address tried).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Object) || depth > 8) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (networkCodes.has(code) || unavailableSqlState.test(code))) return true;
  if (typeof message === "string" && unavailableMessage.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/**
 * Any failure as the TRPCError it is answered with: a database out of reach is
 * 503 SERVICE_UNAVAILABLE (a kiosk retries later); anything else not already a
 * TRPCError is a 500.
 */
export function asTRPCError(error: unknown): TRPCError {
  const internal = !(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR";
  if (internal && isDatabaseUnavailable(error)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "the database is unavailable", cause: error });
  }
  return error instanceof TRPCError ? error : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error });
}

/**
 * The message a caller may see: a 500's own message holds SQL and its
 * parameters, so it never leaves; a parser that broke on the input (a
 * RangeError on a malformed superjson annotation, say) is the input's fault,
 * but its message is internal too. Validation messages name the field and stay.
 */
export function publicMessage(error: TRPCError): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return "Internal server error";
  const cause = error.cause as { issues?: unknown } | undefined;
  if (error.code === "BAD_REQUEST" && cause instanceof Error && !Array.isArray(cause.issues)) return "Invalid input";
  return error.message;
}

/**
 * What a log line holds of a failure: the innermost driver error, and of
 * drizzle's wrapper only the query, since its message lists the parameters
 * (contact data among them).
 */
export function failureFields(error: unknown): { err?: unknown; query?: string } {
  let cause = error;
  while (cause instanceof TRPCError && cause.cause) cause = cause.cause;
  if (cause instanceof DrizzleQueryError) return { err: cause.cause, query: cause.query };
  return cause === undefined ? {} : { err: cause };
}
