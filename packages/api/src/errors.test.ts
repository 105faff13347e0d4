import { DomainError, domainErrorCodes, httpErrorOf } from "@kiosk/core";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { domainErrorOf, publicError, toTRPCError } from "./errors";

describe("the one error mapping", () => {
  it("gives every code the same HTTP status over /trpc as over REST", () => {
    for (const code of domainErrorCodes) {
      const status = getHTTPStatusCodeFromError(toTRPCError(new DomainError(code, "x")));
      expect([code, status]).toEqual([code, httpErrorOf(code).status]);
    }
  });

  it("hands the domain's own error back unchanged, whatever its 503 sibling", () => {
    for (const code of ["PROVIDER_UNAVAILABLE", "STORAGE_UNAVAILABLE"] as const) {
      const error = new DomainError(code, "down", { reason: "x" });
      expect(domainErrorOf(toTRPCError(error))).toBe(error);
    }
  });

  it("reads a failed .input() as BAD_REQUEST with the issues", () => {
    const parsed = z.object({ email: z.email() }).safeParse({ email: "no" });
    const error = domainErrorOf(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
    expect(publicError(error)).toEqual({
      code: "BAD_REQUEST",
      message: "Invalid input: email",
      issues: [{ path: "email", message: expect.any(String) as string }],
    });
  });

  it("turns a disk error into STORAGE_UNAVAILABLE and anything else into a generic INTERNAL", () => {
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    expect(domainErrorOf(full)).toMatchObject({ code: "STORAGE_UNAVAILABLE", details: { reason: "storage_full" } });
    const bug = new TypeError("x is undefined");
    const internal = domainErrorOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: bug }));
    expect(publicError(internal)).toEqual({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
    expect(internal.cause).toBe(bug);
  });
});
