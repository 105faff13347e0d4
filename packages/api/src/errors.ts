import { DomainError, type DomainErrorCode } from "@kiosk/core";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/** The one mapping from domain error codes to tRPC (and so HTTP) codes. */
export function trpcCodeOf(code: DomainErrorCode): TRPC_ERROR_CODE_KEY {
  switch (code) {
    case "BAD_REQUEST":
      return "BAD_REQUEST";
    case "UNAUTHORIZED":
      return "UNAUTHORIZED";
    case "FORBIDDEN":
      return "FORBIDDEN";
    case "NOT_FOUND":
      return "NOT_FOUND";
    case "CONFLICT":
      return "CONFLICT";
    case "TOO_MANY_REQUESTS":
      return "TOO_MANY_REQUESTS";
    case "PROVIDER_UNAVAILABLE":
    case "STORAGE_UNAVAILABLE":
      return "SERVICE_UNAVAILABLE";
  }
}

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf(error.code), message: error.message, cause: error });
}

export interface ValidationIssue {
  path: string;
  message: string;
}

/** The issues of a failed input validation (zod or any standard schema), or none. */
export function validationIssues(error: TRPCError): ValidationIssue[] {
  const cause = error.cause as { issues?: unknown } | undefined;
  if (!cause || !Array.isArray(cause.issues)) return [];
  return (cause.issues as Array<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>; message: string }>).map(
    (issue) => ({
      path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
      message: issue.message,
    }),
  );
}

/** The public body of an error: stable code, safe message, never a stack or an internal message. */
export interface PublicError {
  code: string;
  message: string;
  issues?: ValidationIssue[];
  details?: Record<string, unknown>;
}

export function publicError(error: TRPCError): PublicError {
  if (error.code === "INTERNAL_SERVER_ERROR") return { code: error.code, message: "Internal server error" };
  const issues = validationIssues(error);
  if (issues.length > 0) {
    const fields = [...new Set(issues.map((issue) => issue.path || "(input)"))].join(", ");
    return { code: error.code, message: `Invalid input: ${fields}`, issues };
  }
  const cause = error.cause;
  // A parser or validator that broke on the input (a RangeError on deep nesting, say)
  // is still the input's fault, but its own message is internal.
  if (error.code === "BAD_REQUEST" && cause instanceof Error && !(cause instanceof DomainError)) {
    return { code: error.code, message: "Invalid input" };
  }
  const details = cause instanceof DomainError ? cause.details : undefined;
  return { code: error.code, message: error.message, ...(details ? { details } : {}) };
}
