import {
  DomainError,
  domainErrorCodes,
  httpErrorOf,
  internalError,
  invalidInput,
  storageFailureOf,
  validationIssuesOf,
  type DomainErrorCode,
  type ValidationIssue,
} from "@kiosk/core";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/** The one mapping from domain error codes to tRPC codes (each with the HTTP status `httpErrorOf` gives). */
const trpcCodes = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_ALLOWED: "METHOD_NOT_SUPPORTED",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  PROVIDER_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  STORAGE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;

export const trpcCodeOf = (code: DomainErrorCode): TRPC_ERROR_CODE_KEY => trpcCodes[code];

/** tRPC's own refusals (an unknown procedure, a body it cannot parse), read back as the domain's codes. */
const fromTrpc = new Map<TRPC_ERROR_CODE_KEY, DomainErrorCode>([
  ["PARSE_ERROR", "BAD_REQUEST"],
  ...domainErrorCodes
    .filter((code) => code !== "PROVIDER_UNAVAILABLE" && code !== "STORAGE_UNAVAILABLE")
    .map((code) => [trpcCodes[code], code] as const),
]);

/** The domain code of tRPC's own refusal, or undefined for one the domain has no name for. */
export const domainCodeOfTrpc = (code: TRPC_ERROR_CODE_KEY): DomainErrorCode | undefined => fromTrpc.get(code);

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf(error.code), message: error.message, cause: error });
}

/**
 * Whatever failed, as the DomainError a caller sees: the domain's own error
 * (a tRPC error's cause) unchanged; a failed input validation as BAD_REQUEST
 * with the issues; a full or failing disk as STORAGE_UNAVAILABLE; anything
 * else INTERNAL, its message kept for the log only.
 */
export function domainErrorOf(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof DomainError) return cause;
  const storage = storageFailureOf(cause);
  if (storage) return storage;
  if (!(error instanceof TRPCError)) return internalError(error);
  if (error.code === "INTERNAL_SERVER_ERROR") return internalError(cause ?? error);
  const code = fromTrpc.get(error.code);
  if (code === undefined) return internalError(error);
  const issues = validationIssuesOf(cause);
  if (issues) return invalidInput(issues);
  // A parser or validator that broke on the input (a RangeError on deep nesting, say)
  // is still the input's fault, but its own message is internal.
  if (error.code === "BAD_REQUEST" && cause instanceof Error) {
    return new DomainError("BAD_REQUEST", "Invalid input", undefined, { cause });
  }
  return new DomainError(code, error.message, undefined, { cause: error });
}

/** The public body of an error: stable code, safe message, never a stack or an internal message. */
export interface PublicError {
  code: string;
  message: string;
  issues?: ValidationIssue[];
  details?: Record<string, unknown>;
}

export function publicError(error: DomainError): PublicError {
  const { code } = httpErrorOf(error.code);
  return {
    code,
    message: error.message,
    ...(error.issues ? { issues: error.issues } : {}),
    ...(error.details ? { details: error.details } : {}),
  };
}

export { type ValidationIssue };
