import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./parse";
import { configReference, configTableMarkers, configTableRows } from "./reference";

/** A Markdown table row's cells, trimmed (Prettier pads them); `\|` stays inside a cell. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

describe("the configuration reference", () => {
  it("matches the README's table: run `pnpm docs:tables` when this fails", () => {
    const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");
    const start = readme.indexOf(configTableMarkers.start);
    const end = readme.indexOf(configTableMarkers.end);
    expect(start, "README.md has the generated table's markers").toBeGreaterThan(0);
    const inReadme = readme
      .slice(start + configTableMarkers.start.length, end)
      .split("\n")
      .filter((line) => line.startsWith("|") && !/^\|[\s-|]+\|$/.test(line))
      .map(cells);
    const generated = configTableRows()
      .filter((line) => !/^\|[\s-|]+\|$/.test(line))
      .map(cells);
    expect(inReadme).toEqual(generated);
  });

  it("covers every key the schema parses, each with a meaning, every variable the agent reads", () => {
    const keys = configReference();
    expect(keys.length).toBeGreaterThan(80);
    expect(keys.filter((k) => k.meaning.length < 8)).toEqual([]);
    const defaults = parseConfig({}, {});
    const leaf = (path: string) =>
      path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], defaults);
    for (const key of keys) {
      if (key.default !== "unset") expect(leaf(key.key), key.key).not.toBeUndefined();
    }
    expect(keys.find((k) => k.key === "server.rateLimitPerMinute")).toMatchObject({
      env: "RATE_LIMIT_PER_MINUTE",
      default: "120",
    });
    expect(keys.find((k) => k.key === "auth.operatorToken")).toMatchObject({ env: "OPERATOR_API_TOKEN", secret: true });
  });
});
