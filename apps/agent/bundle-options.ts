/**
 * The production bundle's esbuild options, in one place: the build (build.ts)
 * and the bench's A/B variants (bench/variants.ts) bundle the same agent.
 */
import { fileURLToPath } from "node:url";
import type { BuildOptions, Plugin } from "esbuild";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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

/**
 * The agent's src/main.ts bundled to `outfile`; `plugins` come before the
 * production ones (a bench variant swaps a module), `minify` is off for
 * `--no-minify` builds.
 */
export function agentBundleOptions(
  outfile: string,
  options: { plugins?: Plugin[]; minify?: boolean } = {},
): BuildOptions {
  const minify = options.minify ?? true;
  return {
    entryPoints: [here("./src/main.ts")],
    outfile,
    plugins: [...(options.plugins ?? []), builtinsThroughRequire, unusedPromClientParts],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node26",
    external: ["better-sqlite3", "twilio", "@serialport/bindings-cpp"],
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
    minifyWhitespace: minify,
    minifySyntax: minify,
    sourcemap: "linked",
    legalComments: "linked",
    logLevel: "warning",
  };
}
