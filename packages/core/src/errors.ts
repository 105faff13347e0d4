/**
 * The one error family of the domain. Every package throws a DomainError with a
 * stable code; the API layer maps each code to a tRPC/HTTP status in one place.
 */
export const domainErrorCodes = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "PROVIDER_UNAVAILABLE",
  "STORAGE_UNAVAILABLE",
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError("NOT_FOUND", `${entity} ${id} not found`, { entity, id });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError("CONFLICT", message, details);

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new DomainError("BAD_REQUEST", message, details);
