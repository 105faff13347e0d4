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
import { build } from "esbuild";
import { agentBundleOptions } from "./bundle-options";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const dist = here("./dist");

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const started = performance.now();
await build(agentBundleOptions(`${dist}/agent-main.mjs`, { minify: !process.argv.includes("--no-minify") }));
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
