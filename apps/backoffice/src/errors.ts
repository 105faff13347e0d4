import { DomainError, httpErrorOf, internalError, validationIssuesOf, type DomainErrorCode } from "@kiosk/core";
import {
  fleetCredentialRefusals,
  reportUploadRefusals,
  type FleetCredentialRefusal,
  type ReportUploadRefusal,
} from "@kiosk/fleet-contract";
// The one DomainError -> tRPC table, the agent's; the backoffice adds only what PostgreSQL can say.
import { domainCodeOfTrpc, trpcCodeOf } from "@kiosk/api/errors";
import { TRPCError } from "@trpc/server";
import { DrizzleQueryError } from "drizzle-orm";

/**
 * The backoffice's one error mapping. Its procedures and its HTTP paths throw the
 * kiosk's own family (`DomainError`, one closed union of codes); this module alone
 * turns a failure into the TRPCError /trpc answers with and the status and body
 * `/api/ingest` and the report upload answer with.
 */

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
 * than a bug: looks through the wrappers' `cause` (tRPC's, drizzle's, ours) and
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

/** PostgreSQL refused a row a unique index already holds (SQLSTATE 23505), under drizzle's wrapper or not. */
export function isUniqueViolation(error: unknown, depth = 0): boolean {
  if (!(error instanceof Object) || depth > 8) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return code === "23505" || isUniqueViolation(cause, depth + 1);
}

/**
 * Whatever failed, as the DomainError the caller is answered with: ours
 * unchanged (also as a tRPC error's cause); PostgreSQL out of reach as
 * STORAGE_UNAVAILABLE (a kiosk retries later); tRPC's refusal of the request
 * with its code and message (a schema's message names the field; a parser that
 * broke on the input is "Invalid input", its own message internal); anything
 * else INTERNAL, whose message (SQL and its parameters) is for the log only.
 */
export function domainErrorOf(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof DomainError) return cause;
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return refusalOf(error);
  if (isDatabaseUnavailable(error)) {
    return new DomainError("STORAGE_UNAVAILABLE", "the database is unavailable", undefined, { cause: error });
  }
  return internalError(cause ?? error);
}

function refusalOf(error: TRPCError): DomainError {
  const code = domainCodeOfTrpc(error.code);
  if (code === undefined) return internalError(error);
  const issues = validationIssuesOf(error.cause);
  if (code === "BAD_REQUEST" && error.cause instanceof Error && !issues) {
    return new DomainError("BAD_REQUEST", "Invalid input", undefined, { cause: error });
  }
  return new DomainError(code, error.message, undefined, { cause: error, ...(issues ? { issues } : {}) });
}

/** A failure as /trpc answers it; the message is the DomainError's, which is written to be shown. */
export function toTRPCError(error: unknown): TRPCError {
  const domain = domainErrorOf(error);
  return new TRPCError({ code: trpcCodeOf(domain.code), message: domain.message, cause: domain });
}

/** Each refusal the report upload has of its own, as the DomainError code that gives its status. */
const refusalCodes = {
  PDF_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  REPORT_ID_MISMATCH: "BAD_REQUEST",
  NOT_PDF: "BAD_REQUEST",
  SHA256_MISMATCH: "BAD_REQUEST",
  REPORT_CONFLICT: "CONFLICT",
  REPORT_UNKNOWN: "CONFLICT",
  LINKS_OFF: "PROVIDER_UNAVAILABLE",
} as const satisfies Record<ReportUploadRefusal, DomainErrorCode>;

/** A refusal of the report upload: its status from `refusalCodes`, its own code in the answer. */
export const uploadRefusal = (refusal: ReportUploadRefusal, message: string) =>
  new DomainError(refusalCodes[refusal], message, { refusal });

/** Each refusal of an enrollment or a kiosk's credential, as the DomainError code that gives its status. */
const credentialRefusalCodes = {
  ENROLL_CODE_UNKNOWN: "NOT_FOUND",
  ENROLL_CODE_USED: "CONFLICT",
  ENROLL_CODE_EXPIRED: "CONFLICT",
  KIOSK_REVOKED: "FORBIDDEN",
} as const satisfies Record<FleetCredentialRefusal, DomainErrorCode>;

/** A refusal of an enrollment or a credential: its status from `credentialRefusalCodes`, its own code in the answer. */
export const fleetRefusal = (refusal: FleetCredentialRefusal, message: string) =>
  new DomainError(credentialRefusalCodes[refusal], message, { refusal });

/** The console's refusals a page tells apart from others of the same status, each with the code that gives its status. */
const consoleRefusalCodes = {
  WEAK_PASSWORD: "BAD_REQUEST",
  CSRF: "FORBIDDEN",
  ACCOUNT_LOCKED: "TOO_MANY_REQUESTS",
  LAST_ADMIN: "CONFLICT",
} as const satisfies Record<string, DomainErrorCode>;

export type ConsoleRefusal = keyof typeof consoleRefusalCodes;

/** A console refusal: its status from `consoleRefusalCodes`; /trpc answers it in the error's `data.refusal`. */
export const consoleRefusal = (refusal: ConsoleRefusal, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(consoleRefusalCodes[refusal], message, { ...details, refusal });

/** The console refusal an error is, or null: what a /trpc error's `data.refusal` says. */
export function consoleRefusalOf(error: DomainError): ConsoleRefusal | null {
  const refusal = error.details?.refusal;
  return typeof refusal === "string" && Object.hasOwn(consoleRefusalCodes, refusal)
    ? (refusal as ConsoleRefusal)
    : null;
}

const refusals = new Set<string>([...reportUploadRefusals, ...fleetCredentialRefusals]);
const ownRefusalOf = (error: DomainError): string | undefined => {
  const refusal = error.details?.refusal;
  return typeof refusal === "string" && refusals.has(refusal) ? refusal : undefined;
};

/**
 * A failure as the REST paths answer it: the status, and `{ error: { code, message } }`;
 * the code is the upload's or the credential's own refusal when it is one (`LINKS_OFF`, `KIOSK_REVOKED`...).
 */
export function httpAnswerOf(error: unknown): { status: number; body: { error: { code: string; message: string } } } {
  const domain = domainErrorOf(error);
  const { status, code } = httpErrorOf(domain.code);
  return { status, body: { error: { code: ownRefusalOf(domain) ?? code, message: domain.message } } };
}

/**
 * What a log line holds of a failure: the innermost driver error, and of
 * drizzle's wrapper only the query, since its message lists the parameters
 * (contact data among them).
 */
export function failureFields(error: unknown): { err?: unknown; query?: string } {
  let cause = error;
  while ((cause instanceof TRPCError || cause instanceof DomainError) && cause.cause) cause = cause.cause;
  if (cause instanceof DrizzleQueryError) return { err: cause.cause, query: cause.query };
  return cause === undefined ? {} : { err: cause };
}
