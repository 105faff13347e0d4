import { DomainError } from "@kiosk/core";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function logOnce(object: Record<string, unknown>): Record<string, unknown> {
  const lines: string[] = [];
  createLogger("info", { write: (line: string) => void lines.push(line) }).error(object, "something failed");
  return JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
}

describe("createLogger", () => {
  it("writes an error's type, message, code and stack, with contact data masked", () => {
    const error = new DomainError("PROVIDER_UNAVAILABLE", "SMTP refused client@example.com");
    const line = logOnce({ err: error });
    expect(line.err).toMatchObject({
      type: "DomainError",
      message: "SMTP refused c***t@example.com",
      code: "PROVIDER_UNAVAILABLE",
    });
    expect((line.err as { stack: string }).stack).toContain("logger.test.ts");
  });

  it("leaves dates and numbers as they are", () => {
    expect(logOnce({ day: "2026-11-26", at: 1764158400000 })).toMatchObject({ day: "2026-11-26", at: 1764158400000 });
  });
});
