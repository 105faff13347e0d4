import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./agent-process";

const eslint = new ESLint({ cwd: repoRoot });

/**
 * Lints `code` in place of the file at `path` (an existing one: the type-checked
 * config knows only the project's files), with the repository's config. Nothing is written.
 */
async function restrictedImports(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const throwsTrpcError = `import { TRPCError } from "@trpc/server";\nexport const refuse = () => new TRPCError({ code: "FORBIDDEN" });\n`;

describe("the lint rule of the one error family (the check can fail)", () => {
  it("refuses TRPCError in the agent and in a domain package", async () => {
    expect(await restrictedImports("apps/agent/src/http/rest-route.ts", throwsTrpcError)).toEqual([
      expect.stringContaining("Throw a DomainError"),
    ]);
    expect(await restrictedImports("packages/sessions/src/service.ts", throwsTrpcError)).toHaveLength(1);
  }, 60_000);

  it("refuses it in the fleet backoffice outside its one mapping module", async () => {
    for (const path of [
      "apps/backoffice/src/router.ts",
      "apps/backoffice/src/http.ts",
      "apps/backoffice/src/trpc.ts",
    ]) {
      expect([path, await restrictedImports(path, throwsTrpcError)]).toEqual([
        path,
        [expect.stringContaining("Throw a DomainError")],
      ]);
    }
  }, 60_000);

  it("allows it where tRPC's errors are made: the API package and the backoffice's mapping", async () => {
    expect(await restrictedImports("packages/api/src/errors.ts", throwsTrpcError)).toEqual([]);
    expect(await restrictedImports("apps/backoffice/src/errors.ts", throwsTrpcError)).toEqual([]);
  }, 60_000);
});
