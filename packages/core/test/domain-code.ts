import { DomainError } from "../src/errors";

/**
 * How a verb ended, as a test asserts it: "ok" or the DomainError's code (an
 * invalid input is BAD_REQUEST too). Anything else is rethrown: a bug, not an answer.
 */
export async function domainCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}
