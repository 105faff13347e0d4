import type { z } from "zod";

/**
 * The one error family. Every failure a caller can see, from a verb, a tier or
 * the HTTP layer itself, is a DomainError with one of these codes; the API maps
 * each to tRPC and HTTP in one place (`httpErrorOf` below, `trpcCodeOf` in @kiosk/api).
 */
export const domainErrorCodes = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "TOO_MANY_REQUESTS",
  "INTERNAL",
  "PROVIDER_UNAVAILABLE",
  "STORAGE_UNAVAILABLE",
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** One field an input failed on: its dotted path ("" for the input itself) and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export class DomainError extends Error {
  override readonly name = "DomainError";
  /** The fields an invalid input failed on (BAD_REQUEST from validation only). */
  readonly issues?: ValidationIssue[];

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** `cause` is what went wrong underneath (logged, never shown). */
    options: { issues?: ValidationIssue[]; cause?: unknown } = {},
  ) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    if (options.issues) this.issues = options.issues;
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError("NOT_FOUND", `${entity} ${id} not found`, { entity, id });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError("CONFLICT", message, details);

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new DomainError("BAD_REQUEST", message, details);

/** A bug or anything unforeseen: the caller learns only that; `cause` is for the log. */
export const internalError = (cause: unknown) =>
  new DomainError("INTERNAL", "Internal server error", undefined, { cause });

type IssuePath = ReadonlyArray<PropertyKey | { key: PropertyKey }>;

/** The issues of a failed validation (zod's, or any standard schema's), or null when `error` is none. */
export function validationIssuesOf(error: unknown): ValidationIssue[] | null {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return null;
  return (issues as Array<{ path?: IssuePath; message: string }>).map((issue) => ({
    path: (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join("."),
    message: issue.message,
  }));
}

/** The one mapping of a failed input validation: BAD_REQUEST naming the fields, with the issues. */
export function invalidInput(issues: ValidationIssue[]): DomainError {
  const fields = [...new Set(issues.map((issue) => issue.path || "(input)"))].join(", ");
  return new DomainError("BAD_REQUEST", `Invalid input: ${fields}`, undefined, { issues });
}

/** A verb's own parse of its input: a failure is BAD_REQUEST with the issues, never a ZodError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(validationIssuesOf(parsed.error) ?? []);
  return parsed.data;
}

/**
 * The one mapping to HTTP: each code's status and the code its answer carries
 * (the 503s say SERVICE_UNAVAILABLE and tell storage from provider in `details`).
 */
const httpErrors = {
  BAD_REQUEST: { status: 400, code: "BAD_REQUEST" },
  UNAUTHORIZED: { status: 401, code: "UNAUTHORIZED" },
  FORBIDDEN: { status: 403, code: "FORBIDDEN" },
  NOT_FOUND: { status: 404, code: "NOT_FOUND" },
  METHOD_NOT_ALLOWED: { status: 405, code: "METHOD_NOT_ALLOWED" },
  CONFLICT: { status: 409, code: "CONFLICT" },
  PAYLOAD_TOO_LARGE: { status: 413, code: "PAYLOAD_TOO_LARGE" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  TOO_MANY_REQUESTS: { status: 429, code: "TOO_MANY_REQUESTS" },
  INTERNAL: { status: 500, code: "INTERNAL_SERVER_ERROR" },
  PROVIDER_UNAVAILABLE: { status: 503, code: "SERVICE_UNAVAILABLE" },
  STORAGE_UNAVAILABLE: { status: 503, code: "SERVICE_UNAVAILABLE" },
} as const satisfies Record<DomainErrorCode, { status: number; code: string }>;

export const httpErrorOf = (code: DomainErrorCode): { status: number; code: string } => httpErrors[code];
