import { DomainError, domainErrorCodes, httpErrorOf } from "@kiosk/core";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { reportUploadErrors, reportUploadRefusals } from "@kiosk/fleet-contract";
import { domainErrorOf, httpAnswerOf, toTRPCError, uploadRefusal } from "../src/errors";

describe("the backoffice's one error mapping", () => {
  it("gives every domain code the same HTTP status over /trpc as over /api/ingest", () => {
    for (const code of domainErrorCodes) {
      const error = new DomainError(code, "x");
      const status = getHTTPStatusCodeFromError(toTRPCError(error));
      expect([code, status]).toEqual([code, httpErrorOf(code).status]);
      expect(httpAnswerOf(error)).toEqual({
        status: httpErrorOf(code).status,
        body: { error: { code: httpErrorOf(code).code, message: "x" } },
      });
    }
  });

  it("answers PostgreSQL out of reach 503, and anything else a 500 that says nothing inside", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(httpAnswerOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: refused }))).toEqual({
      status: 503,
      body: { error: { code: "SERVICE_UNAVAILABLE", message: "the database is unavailable" } },
    });
    const bug = new Error('insert into "fleet_events" values ($1) -- params: client@example.com');
    expect(httpAnswerOf(bug)).toEqual({
      status: 500,
      body: { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } },
    });
    expect(domainErrorOf(bug).cause).toBe(bug);
  });

  it("keeps tRPC's refusal of an input: a schema's message with its issues, a broken parser's as 'Invalid input'", () => {
    const parsed = z.object({ kioskId: z.string() }).safeParse({});
    const invalid = domainErrorOf(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
    expect(invalid).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "kioskId" }] });
    expect(invalid.message).toBe(parsed.error?.message);
    const broken = domainErrorOf(new TRPCError({ code: "BAD_REQUEST", cause: new RangeError("bigint") }));
    expect([broken.code, broken.message]).toEqual(["BAD_REQUEST", "Invalid input"]);
  });

  it("answers each of the report upload's refusals with the status and code the contract documents", () => {
    for (const refusal of reportUploadRefusals) {
      expect(httpAnswerOf(uploadRefusal(refusal, "x"))).toEqual({
        status: reportUploadErrors[refusal].status,
        body: { error: { code: refusal, message: "x" } },
      });
    }
    // The upload's other answers are the backoffice's ordinary codes, with the contract's statuses.
    for (const code of domainErrorCodes) {
      const { status, code: answered } = httpErrorOf(code);
      const documented = (reportUploadErrors as Record<string, { status: number }>)[answered];
      if (documented) expect([answered, status]).toEqual([answered, documented.status]);
    }
  });
});
