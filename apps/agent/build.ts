/**
 * The production build: the agent bundled by esbuild into apps/agent/dist/agent.mjs,
 * with what it reads at run time beside it (the committed migrations, the report
 * fonts, the built kiosk UI). Two dependencies stay outside, loaded from
 * apps/agent/node_modules: better-sqlite3, a native addon, and twilio, about 20 MB
 * that only a kiosk with SMS_PROVIDER=twilio imports, on its first SMS (bundled,
 * every kiosk would parse it at start). `pnpm build` builds the kiosk UI first.
 */
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const dist = here("./dist");

/**
 * node:http and node:https through require: an ES module import of them builds
 * an ESM facade that reads every export, and one of their lazy getters loads
 * undici (about 50 ms of a cold start). The agent never uses what it pulls in.
 */
const builtinsThroughRequire: Plugin = {
  name: "builtins-through-require",
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?https?$/ }, (args) =>
      args.namespace === "builtin-require"
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ""), namespace: "builtin-require" },
    );
    builder.onLoad({ filter: /.*/, namespace: "builtin-require" }, (args) => ({
      contents: `module.exports = require("node:${args.path}");`,
      loader: "js",
    }));
  },
};

/**
 * prom-client's index loads its Pushgateway (https, tls) and AggregatorRegistry
 * (cluster, and beneath it child_process, dgram and dns) whether or not they are
 * used; the agent uses neither, and together they cost about 5 MiB of an idle
 * kiosk's memory. In the bundle each becomes a module that says so if touched.
 */
const unusedPromClientParts: Plugin = {
  name: "unused-prom-client-parts",
  setup(builder) {
    builder.onLoad({ filter: /prom-client[\\/]lib[\\/](pushgateway|cluster)\.js$/ }, (args) => ({
      contents: `module.exports = function unused() { throw new Error("${args.path.split(/[\\/]/).pop()} is not in the agent's bundle"); };`,
      loader: "js",
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const started = performance.now();
await build({
  entryPoints: [here("./src/main.ts")],
  outfile: `${dist}/agent-main.mjs`,
  plugins: [builtinsThroughRequire, unusedPromClientParts],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node26",
  external: ["better-sqlite3", "twilio"],
  define: { KIOSK_BUNDLE: "true" },
  // CommonJS dependencies bundled into an ES module still ask for require and __dirname.
  banner: {
    js: [
      'import { createRequire as __kioskCreateRequire } from "node:module";',
      'import { fileURLToPath as __kioskFileURLToPath } from "node:url";',
      "const require = __kioskCreateRequire(import.meta.url);",
      "const __filename = __kioskFileURLToPath(import.meta.url);",
      'const __dirname = __kioskFileURLToPath(new URL(".", import.meta.url));',
    ].join("\n"),
  },
  // Whitespace and syntax only: names stay as written, so errors, logs and profiles
  // read the same as in development, without keepNames wrapping every closure the
  // hot path creates in a defineProperty call (about 4% of a tRPC query's time).
  minifyWhitespace: !process.argv.includes("--no-minify"),
  minifySyntax: !process.argv.includes("--no-minify"),
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
});
// The entry point turns on V8's compile cache before the bundle is parsed: a restart skips compiling it.
writeFileSync(
  `${dist}/agent.mjs`,
  [
    'import { enableCompileCache } from "node:module";',
    "enableCompileCache?.();",
    'await import("./agent-main.mjs");',
    "",
  ].join("\n"),
);
cpSync(here("../../drizzle"), `${dist}/drizzle`, { recursive: true });
mkdirSync(`${dist}/fonts`);
for (const font of ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]) {
  cpSync(
    require.resolve(`dejavu-fonts-ttf/ttf/${font}`, { paths: [here("../../packages/reporting")] }),
    `${dist}/fonts/${font}`,
  );
}
cpSync(here("../kiosk/dist"), `${dist}/kiosk`, { recursive: true });
const kib = (statSync(`${dist}/agent-main.mjs`).size / 1024).toFixed(0);
console.log(
  `agent: dist/agent-main.mjs ${kib} KiB in ${(performance.now() - started).toFixed(0)} ms, with migrations, fonts and the kiosk UI`,
);
