import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./agent-process";

const eslint = new ESLint({ cwd: repoRoot });

/**
 * The messages `rule` gives for `code` linted in place of the file at `path` (an
 * existing one: the type-checked config knows only the project's files). Nothing is written.
 */
async function lint(path: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const readsEnv = `export const apiKey = (): string | undefined => process.env.ACME_API_KEY;\n`;
const registersOnImport = [
  `const registered = new Map<string, unknown>();`,
  `export const builtIn = ["emulator", "yookassa"];`,
  `for (const name of builtIn) registered.set(name, {});`,
  `registered.set("acme", {});`,
  `export const names = () => [...registered.keys()];`,
  ``,
].join("\n");
/** The pattern the prepared-statement cache and the fleet switch used: state per connection, found through drizzle's private field. */
const cachesPerConnection = [
  `import type { DbOrTx } from "./create-db";`,
  `const statements = new WeakMap<object, Map<string, unknown>>();`,
  `export const cached = (db: DbOrTx) => statements.get((db as unknown as { session: object }).session);`,
  ``,
].join("\n");
const setsEnv = `import { it } from "vitest";\nit("x", () => {\n  process.env.TEST_PSP_KEY = "k";\n  delete process.env.OTHER;\n});\n`;

describe("the lint rules of configuration and wiring (the checks can fail)", () => {
  it("refuses process.env outside the config modules", async () => {
    expect(
      await lint("packages/payments/src/providers/yookassa/index.ts", readsEnv, "no-restricted-properties"),
    ).toEqual([expect.stringContaining("Read settings from Config")]);
    expect(await lint("apps/agent/src/core-services.ts", readsEnv, "no-restricted-properties")).toHaveLength(1);
    expect(await lint("apps/agent/src/config.ts", readsEnv, "no-restricted-properties")).toEqual([]);
  }, 60_000);

  it("refuses a domain module that changes shared state when imported", async () => {
    expect(await lint("packages/payments/src/providers/index.ts", registersOnImport, "no-restricted-syntax")).toEqual([
      expect.stringContaining("No import may have a side effect"),
      expect.stringContaining("No import may have a side effect"),
    ]);
    // Declaring is fine: a const, a function, an export.
    expect(
      await lint(
        "packages/payments/src/providers/index.ts",
        `export const names = () => ["emulator"];\n`,
        "no-restricted-syntax",
      ),
    ).toEqual([]);
  }, 60_000);

  it("refuses per-database state kept by a domain module and keyed on drizzle's private session", async () => {
    expect(await lint("packages/db/src/audit.ts", cachesPerConnection, "no-restricted-syntax")).toEqual([
      expect.stringContaining("No module-level cache keyed on objects"),
      expect.stringContaining("Do not key on drizzle's private session"),
    ]);
    // A WeakMap inside a function lives as long as its caller: that is fine.
    const local = `export const seen = () => new WeakMap<object, number>();\n`;
    expect(await lint("packages/db/src/audit.ts", local, "no-restricted-syntax")).toEqual([]);
  }, 60_000);

  it("refuses a test that writes process.env, and lets it read", async () => {
    expect(
      await lint("apps/agent/test/payment-provider-registry.e2e.test.ts", setsEnv, "no-restricted-syntax"),
    ).toEqual([
      expect.stringContaining("do not change process.env"),
      expect.stringContaining("do not change process.env"),
    ]);
    const readsRuns = `export const runs = Number(process.env.FUZZ_RUNS ?? "5");\n`;
    expect(await lint("apps/agent/test/fuzz.e2e.test.ts", readsRuns, "no-restricted-syntax")).toEqual([]);
  }, 60_000);
});
