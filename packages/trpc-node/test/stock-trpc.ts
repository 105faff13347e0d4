/**
 * tRPC as published, beside the install the workspace ships. pnpm applies
 * `patchedDependencies` to every copy of @trpc/server of that version (an npm
 * alias included), so the published files come from the install itself with the
 * workspace's patch reversed, cached under node_modules/.cache. The conformance
 * suite runs on this copy; so does the bench's "stock tRPC".
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
/** The @trpc/server the workspace installed (patched, when a patch is configured). */
export const installedTrpc = dirname(realpathSync(createRequire(import.meta.url).resolve("@trpc/server/package.json")));
const version = (JSON.parse(readFileSync(join(installedTrpc, "package.json"), "utf8")) as { version: string }).version;

/** The patch pnpm-workspace.yaml's patchedDependencies applies to the installed @trpc/server, or null. */
export function trpcPatch(): string | null {
  const workspace = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const key = `@trpc/server@${version}`.replaceAll(".", "\\.");
  const found = new RegExp(`^\\s+["']?${key}["']?:\\s*(\\S+)\\s*$`, "m").exec(workspace);
  return found?.[1] ? join(repoRoot, found[1]) : null;
}

/** The folder of the published @trpc/server: the install itself when nothing patches it. */
export function stockTrpcDir(): string {
  const patch = trpcPatch();
  if (!patch) return installedTrpc;
  const hash = createHash("sha256").update(readFileSync(patch)).digest("hex").slice(0, 12);
  const dir = join(repoRoot, "node_modules/.cache/kiosk-trpc-stock", `${version}-${hash}/node_modules/@trpc/server`);
  if (existsSync(dir)) return dir;
  // Built aside and renamed into place: test workers and the bench may ask at once.
  const building = `${dir}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(dirname(building), { recursive: true });
  cpSync(installedTrpc, building, { recursive: true });
  // Outside any repository's view (this folder is inside the workspace's), `git apply` applies
  // to the folder it runs in; inside, it would skip paths it does not track, silently.
  const git = (...args: string[]) =>
    execFileSync("git", ["apply", "-p1", ...args, patch], {
      cwd: building,
      env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(building) },
    });
  git("--reverse");
  git("--check"); // the patch applies again: the reversal really happened
  try {
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}

/** The ES module file of one of the published @trpc/server's entry points, e.g. "/http", as a URL. */
export const stockTrpcEntry = (subpath = ""): string => trpcEntry(stockTrpcDir(), subpath);

/** The ES module file of an entry point of the @trpc/server in `dir`, as a URL. */
export function trpcEntry(dir: string, subpath = ""): string {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const file = manifest.exports[`.${subpath}`]?.import?.default;
  if (!file) throw new Error(`@trpc/server has no entry point ".${subpath}"`);
  return pathToFileURL(join(dir, file)).href;
}

/** The published @trpc/server's entry point `subpath` (e.g. "/http"), imported: what vi.mock hands a suite instead. */
export const importStockTrpc = (subpath = ""): Promise<Record<string, unknown>> =>
  import(stockTrpcEntry(subpath)) as Promise<Record<string, unknown>>;
