import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The modules that read process.env: each parses it once, at start. */
const configModules = ["apps/agent/src/config.ts", "apps/backoffice/src/config.ts"];

const processEnv = "MemberExpression[object.name='process'][property.name='env']";
const processEnvWrites = [
  `AssignmentExpression > MemberExpression.left[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']`,
  `AssignmentExpression > ${processEnv}.left`,
  `UnaryExpression[operator='delete'] > MemberExpression[object.object.name='process'][object.property.name='env']`,
  `CallExpression[callee.object.name='Object'][callee.property.name='assign'] > ${processEnv}.arguments:first-child`,
].map((selector) => ({ selector, message: "Pass variables to what the test starts; do not change process.env." }));

/** Top-level statements that run when a module is imported: calls, assignments, loops, branches. */
const importSideEffects = [
  "Program > ExpressionStatement:not([directive])",
  "Program > :matches(ForStatement, ForOfStatement, ForInStatement, WhileStatement, DoWhileStatement)",
  "Program > :matches(IfStatement, TryStatement, BlockStatement, SwitchStatement)",
].map((selector) => ({
  selector,
  message: "No import may have a side effect: export a function the composition root calls.",
}));

/** State a module keeps for every caller, keyed on objects, and casts that reach a library's private fields. */
const hiddenWiring = [
  {
    selector:
      ":matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration > VariableDeclarator > NewExpression[callee.name='WeakMap']",
    message: "No module-level cache keyed on objects: hold it in the deps the composition root builds.",
  },
  {
    selector: "TSAsExpression > TSTypeLiteral > TSPropertySignature[key.name='session']",
    message: "Do not key on drizzle's private session: build what you need from `db` once, in the deps.",
  },
];

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
    // Configuration is parsed once, in the config modules listed here; nothing else in the
    // sources reads the environment (a provider or channel declares its variables instead).
    files: ["packages/*/src/**/*.{ts,tsx}", "apps/*/src/**/*.{ts,tsx}"],
    ignores: configModules,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings from Config (loadConfig)." },
      ],
    },
  },
  {
    // A test leaves no global state behind: it passes variables to the agent (an env argument,
    // a child's env) instead of writing them into its own process.
    files: ["**/*.test.{ts,tsx}", "**/test/**/*.{ts,tsx}", "fixtures/**/*.ts"],
    ignores: ["apps/kiosk/test/global-setup.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...processEnvWrites],
    },
  },
  {
    // No import changes shared state: a domain module declares things, and the composition
    // root (apps/agent/src/core-services.ts) passes registries, hooks, settings and prepared
    // statements in; no module keeps per-database state of its own.
    files: ["packages/{core,db,sessions,metrics,payments,reporting,devices}/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...importSideEffects, ...hiddenWiring],
    },
  },
  {
    // One error family: every failure is a DomainError, mapped to tRPC once, in the agent's
    // API package and in the fleet backoffice's one mapping module (its own router), each
    // with its test. The tRPC adapter (packages/trpc-node) speaks tRPC's errors by design.
    // (The blocks below restrict more for the domain packages and the kiosk UI.)
    files: ["**/*.{ts,tsx}"],
    ignores: [
      "packages/api/**",
      "apps/backoffice/src/errors.ts",
      "apps/backoffice/test/errors.test.ts",
      "packages/trpc-node/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        ...["@trpc/server", "@trpc/server/unstable-core-do-not-import"].map((name) => ({
          name,
          importNames: ["TRPCError"],
          message:
            "Throw a DomainError (@kiosk/core): it is mapped to tRPC once (@kiosk/api, the backoffice's errors.ts).",
        })),
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
          paths: [
            { name: "@kiosk/core", message: "Of @kiosk/core the kiosk UI takes only thickness-zones and car-diagram." },
          ],
          patterns: [
            {
              // The zones and the car diagram are pure data, drawn by the screen and the PDF alike.
              group: ["@kiosk/*", "!@kiosk/client", "!@kiosk/core"],
              message: "The kiosk UI talks to the agent through @kiosk/client only.",
            },
            {
              group: ["@kiosk/core/*", "!@kiosk/core/thickness-zones", "!@kiosk/core/car-diagram"],
              message: "Of @kiosk/core the kiosk UI takes only its pure modules: thickness-zones and car-diagram.",
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
  {
    // The console ships to operators' browsers: it reaches the backoffice only through its typed
    // tRPC client, knowing the router as a type; no server package (nor Node's own modules) may get in.
    files: ["apps/console/src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@kiosk/*"],
              allowTypeImports: true,
              message: "The console imports @kiosk/backoffice with `import type` only (its router's type).",
            },
            {
              group: ["node:*", "pg", "drizzle-orm", "drizzle-orm/*", "@trpc/server", "@trpc/server/*"],
              message: "Server code does not belong in the console bundle.",
            },
          ],
        },
      ],
    },
  },
);
