import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "storage/**",
      "drizzle/**",
      "coverage/**",
      "**/dist/**",
      ".runtime/**",
      "**/.tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    // Configuration is parsed once, in apps/agent/src/config.ts; nothing else reads the environment.
    files: ["packages/*/src/**/*.ts", "apps/*/src/**/*.ts"],
    ignores: ["apps/*/src/config.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings from Config (loadConfig)." },
      ],
    },
  },
  {
    // Domain packages know nothing of HTTP or tRPC.
    files: ["packages/{core,db,sessions,metrics,payments,reporting}/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@trpc/*", "@kiosk/api", "@kiosk/client", "node:http", "http"],
              message: "Domain packages must not depend on the transport.",
            },
          ],
        },
      ],
    },
  },
  {
    // The client ships to the kiosk UI: server code may reach it as types only.
    files: ["packages/client/src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@kiosk/*", "!@kiosk/client"],
              allowTypeImports: true,
              message: "The client may import server packages with `import type` only.",
            },
          ],
        },
      ],
    },
  },
  {
    // The kiosk UI ships to a browser: it reaches the agent only through the typed client,
    // and no server package (nor Node's own modules) may get into its bundle.
    files: ["apps/kiosk/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@kiosk/*", "!@kiosk/client"],
              message: "The kiosk UI talks to the agent through @kiosk/client only.",
            },
            {
              group: [
                "node:*",
                "better-sqlite3",
                "drizzle-orm",
                "drizzle-orm/*",
                "pdfkit",
                "nodemailer",
                "@trpc/server",
              ],
              message: "Server code does not belong in the kiosk bundle.",
            },
          ],
        },
      ],
    },
  },
);
