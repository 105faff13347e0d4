import { DomainError } from "../src/errors";

/**
 * How a verb ended, as a test asserts it: "ok", the DomainError's code, or
 * "VALIDATION" for a zod input error. Anything else is rethrown: a bug, not an answer.
 */
export async function domainCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    if (error instanceof Error && error.name === "ZodError") return "VALIDATION";
    throw error;
  }
}
