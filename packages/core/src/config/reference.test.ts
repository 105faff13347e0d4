import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ConfigAdapters } from "./adapters";
import { parseConfig } from "./parse";
import { configReference } from "./reference";

// The README's table, with the built-in adapters' keys, is checked in apps/agent/src/config.test.ts.
const adapters: ConfigAdapters = {
  payments: [
    { name: "emulator", aliases: ["dev"] },
    {
      name: "acme",
      settings: {
        path: ["payments", "acme"],
        schema: z
          .object({
            apiUrl: z.url().default("https://acme.example/v1").describe("Acme API root"),
            apiKey: z.string().optional().describe("Acme API key (secret)"),
          })
          .strict(),
        env: { ACME_API_URL: { key: "apiUrl" }, ACME_API_KEY: { key: "apiKey", secret: true } },
      },
    },
  ],
};

describe("the configuration reference", () => {
  it("covers every key the schema parses, each with a meaning, every variable config reads", () => {
    const keys = configReference(adapters);
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => k.meaning.length < 8)).toEqual([]);
    const defaults = parseConfig({}, {}, adapters);
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

  it("puts an adapter's keys after the core keys of the section they sit in, with their variables", () => {
    const keys = configReference(adapters).map((k) => k.key);
    const at = keys.indexOf("payments.acme.apiUrl");
    expect(keys[at - 1]).toMatch(/^payments\.receipts\./);
    expect(keys[at + 2]).toMatch(/^sessions\./);
    expect(configReference(adapters)[at + 1]).toMatchObject({
      key: "payments.acme.apiKey",
      env: "ACME_API_KEY",
      secret: true,
    });
  });
});
