/**
 * The packages the production bundle leaves outside (better-sqlite3, twilio,
 * @serialport/bindings-cpp: apps/agent/bundle-options.ts) copied with everything
 * they require into one node_modules for the Debian package, without pnpm's
 * links: the versions this checkout's lockfile installed, for one architecture
 * (only that architecture's N-API prebuilds, no C sources).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** What a native package needs at run time, and nothing it was built from. */
const keepOnly: Record<string, (path: string, arch: string) => boolean> = {
  "better-sqlite3": (path, arch) =>
    !/^(deps|src|build|benchmark|docs)(\/|$)/.test(path) &&
    (!path.startsWith("prebuilds/") || path === `prebuilds/linux-${arch}.node`),
  "@serialport/bindings-cpp": (path, arch) =>
    !/^(src|build)(\/|$)/.test(path) &&
    (!path.startsWith("prebuilds/") ||
      path === `prebuilds/linux-${arch}` ||
      path.startsWith(`prebuilds/linux-${arch}/`)) &&
    !path.endsWith(".musl.node"),
};

/** Finds `name` as Node would from `fromDir`: the nearest node_modules up the tree. */
function resolvePackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = basename(dir) === "node_modules" ? join(dir, name) : join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${fromDir}`);
  }
}

/**
 * Copies `roots` (resolved from `fromDir`) and their dependencies into
 * `target/node_modules`: flat where the name is free, nested under the package
 * that needs it where two versions meet. Returns `name@version` of each copied.
 */
export function copyRuntimeDependencies(
  roots: string[],
  fromDir: string,
  target: string,
  arch: "x64" | "arm64",
): string[] {
  const placed = new Map<string, string>(); // node_modules path -> real source dir
  const copied: string[] = [];
  const place = (name: string, source: string, parentModules: string) => {
    const flat = join(target, "node_modules", name);
    const existing = placed.get(flat);
    const destination = existing === undefined || existing === source ? flat : join(parentModules, name);
    if (placed.get(destination) === source) return;
    placed.set(destination, source);
    const pkg = JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as PackageJson;
    copied.push(`${pkg.name}@${pkg.version}`);
    const keep = keepOnly[name];
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(source, destination, {
      recursive: true,
      dereference: true,
      filter: (path) => {
        const inside = relative(source, path).split(sep).join("/");
        if (inside === "") return true;
        if (inside === "node_modules" || inside.startsWith("node_modules/")) return false;
        return keep ? keep(inside, arch) : true;
      },
    });
    const deps = { ...pkg.dependencies, ...pkg.optionalDependencies };
    for (const dep of Object.keys(deps)) {
      // node-addon-api is a C++ header package: needed to compile, never to run.
      if (dep === "node-addon-api") continue;
      let depSource: string;
      try {
        depSource = resolvePackageDir(dep, source);
      } catch (error) {
        if (pkg.optionalDependencies?.[dep]) continue;
        throw error;
      }
      place(dep, depSource, join(destination, "node_modules"));
    }
  };
  for (const root of roots) place(root, resolvePackageDir(root, fromDir), join(target, "node_modules"));
  return copied.sort();
}
