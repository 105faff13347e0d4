/**
 * `pnpm package`: the kiosk as a Debian package. Lays out /opt/kiosk-agent (the
 * production bundle with its migrations, fonts and kiosk UI, the externals'
 * node_modules, and the project's own Node from .runtime/, never the machine's),
 * /etc/kiosk-agent (conffiles), the two systemd units and the maintainer
 * scripts (deploy/debian, deploy/systemd), then `dpkg-deb --build
 * --root-owner-group`, zstd-compressed: readable by dpkg 1.21.18+ (Debian 12,
 * Ubuntu 22.04); xz would save 6 MiB for a minute and a half of every build.
 * The last line printed is the .deb's path.
 *
 * KIOSK_VERSION sets the version (default: package.json's, plus the commit
 * count and hash); KIOSK_ARCH amd64 or arm64 (default: this machine's);
 * KIOSK_MIGRATIONS another migrations folder (the upgrade tests add one);
 * KIOSK_PACKAGE_DIR where it goes (default .tmp/package). A package whose
 * inputs have not changed is not built again.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { readJournal } from "../packages/db/src/migration-guard";
import { copyRuntimeDependencies } from "./package-runtime-deps";

const root = resolve(import.meta.dirname, "..");
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, encoding: "utf8" }).trim();
const nodeVersion = readFileSync(join(root, ".node-version"), "utf8").trim();
const options = packageOptions(process.env);

execFileSync("bash", ["scripts/build-if-stale.sh"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
const dist = join(root, "apps/agent/dist");
const migrations = options.migrations ?? join(dist, "drizzle");
const newest = readJournal(migrations).at(-1);
if (!newest) throw new Error(`no migrations in ${migrations}`);
const nodeDir = pinnedNode(options.nodeArch);

const deb = join(options.outDir, `kiosk-agent_${options.version}_${options.arch}.deb`);
const inputs = inputsHash(
  [dist, migrations, join(root, "deploy/debian"), join(root, "deploy/systemd")],
  [
    readFileSync(join(root, "scripts/package.ts"), "utf8"),
    readFileSync(join(root, "scripts/package-runtime-deps.ts"), "utf8"),
    readFileSync(join(root, "README.md"), "utf8"),
    options.version,
    options.arch,
    String(statSync(join(nodeDir, "bin/node")).size),
    readFileSync(join(root, "pnpm-lock.yaml"), "utf8"),
  ],
);
if (existsSync(deb) && existsSync(`${deb}.inputs`) && readFileSync(`${deb}.inputs`, "utf8") === inputs) {
  console.error(`package: ${relative(root, deb)} is up to date`);
} else {
  const started = performance.now();
  const stage = join(options.outDir, `root-${options.arch}`);
  rmSync(stage, { recursive: true, force: true });
  layOut(stage);
  mkdirSync(options.outDir, { recursive: true });
  rmSync(deb, { force: true });
  execFileSync("dpkg-deb", ["--root-owner-group", "-Zzstd", "-z9", "--build", stage, deb], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(`${deb}.inputs`, inputs);
  rmSync(stage, { recursive: true, force: true });
  const mib = (statSync(deb).size / 2 ** 20).toFixed(1);
  console.error(`package: ${mib} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(deb);

/** The files of the package under `stage`, with its DEBIAN/ control area. */
function layOut(stage: string): void {
  const opt = join(stage, "opt/kiosk-agent");
  const agent = join(opt, "agent");
  mkdirSync(join(opt, "node/bin"), { recursive: true });
  cpSync(join(nodeDir, "bin/node"), join(opt, "node/bin/node"));
  cpSync(join(nodeDir, "LICENSE"), join(opt, "node/LICENSE"));
  for (const file of ["agent.mjs", "agent-main.mjs", "agent-main.mjs.LEGAL.txt"])
    cpSync(join(dist, file), join(agent, file));
  for (const folder of ["fonts", "kiosk"]) cpSync(join(dist, folder), join(agent, folder), { recursive: true });
  cpSync(migrations, join(agent, "drizzle"), { recursive: true });
  const modules = copyRuntimeDependencies(
    ["better-sqlite3", "twilio", "@serialport/bindings-cpp"],
    join(root, "apps/agent"),
    agent,
    options.nodeArch,
  );
  writeFileSync(
    join(opt, "VERSION"),
    `${options.version}\nnode ${nodeVersion}\nschema ${newest!.tag}\n${modules.join("\n")}\n`,
  );

  const etc = join(stage, "etc/kiosk-agent");
  mkdirSync(etc, { recursive: true });
  cpSync(join(root, "deploy/debian/service.json"), join(etc, "service.json"));
  cpSync(join(root, "deploy/debian/kiosk-agent.env"), join(etc, "kiosk-agent.env"));
  mkdirSync(join(stage, "usr/lib/modules-load.d"), { recursive: true });
  cpSync(join(root, "deploy/debian/modules-load.conf"), join(stage, "usr/lib/modules-load.d/kiosk-agent.conf"));
  mkdirSync(join(stage, "etc/pam.d"), { recursive: true });
  cpSync(join(root, "deploy/debian/kiosk-screen.pam"), join(stage, "etc/pam.d/kiosk-screen"));
  const units = join(stage, "lib/systemd/system");
  mkdirSync(units, { recursive: true });
  for (const unit of ["kiosk-agent.service", "kiosk-screen.service"])
    writeFileSync(
      join(units, unit),
      readFileSync(join(root, "deploy/systemd", unit), "utf8").replaceAll("@VERSION@", options.version),
    );
  const doc = join(stage, "usr/share/doc/kiosk-agent");
  mkdirSync(doc, { recursive: true });
  cpSync(join(root, "deploy/debian/copyright"), join(doc, "copyright"));
  cpSync(join(root, "README.md"), join(doc, "README.md"));

  const control = join(stage, "DEBIAN");
  mkdirSync(control);
  const fill = (text: string) =>
    text
      .replaceAll("@VERSION@", options.version)
      .replaceAll("@ARCH@", options.arch)
      .replaceAll("@SCHEMA_WHEN@", String(newest!.when))
      .replaceAll("@SCHEMA_TAG@", newest!.tag)
      .replaceAll("@INSTALLED_SIZE@", String(Math.ceil(treeBytes(stage) / 1024)));
  writeFileSync(join(control, "control"), fill(readFileSync(join(root, "deploy/debian/control"), "utf8")));
  cpSync(join(root, "deploy/debian/conffiles"), join(control, "conffiles"));
  for (const script of ["preinst", "postinst", "prerm", "postrm"]) {
    writeFileSync(join(control, script), fill(readFileSync(join(root, "deploy/debian", script), "utf8")));
    chmodSync(join(control, script), 0o755);
  }
  const sums = files(stage)
    .filter((path) => !path.startsWith("DEBIAN/") && !path.startsWith("etc/"))
    .map(
      (path) =>
        `${createHash("md5")
          .update(readFileSync(join(stage, path)))
          .digest("hex")}  ${path}`,
    );
  writeFileSync(join(control, "md5sums"), `${sums.join("\n")}\n`);
}

interface PackageOptions {
  version: string;
  arch: "amd64" | "arm64";
  nodeArch: "x64" | "arm64";
  migrations: string | null;
  outDir: string;
}

function packageOptions(env: NodeJS.ProcessEnv): PackageOptions {
  const machine = run("dpkg", ["--print-architecture"]);
  const arch = env.KIOSK_ARCH ?? machine;
  if (arch !== "amd64" && arch !== "arm64") throw new Error(`KIOSK_ARCH must be amd64 or arm64, not ${arch}`);
  const base = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const version =
    env.KIOSK_VERSION ??
    `${base}+git${run("git", ["rev-list", "--count", "HEAD"])}.${run("git", ["rev-parse", "--short", "HEAD"])}`;
  if (!/^[0-9][A-Za-z0-9.+~]*$/.test(version)) throw new Error(`KIOSK_VERSION is not a Debian version: ${version}`);
  return {
    version,
    arch,
    nodeArch: arch === "amd64" ? "x64" : "arm64",
    migrations: env.KIOSK_MIGRATIONS ? resolve(env.KIOSK_MIGRATIONS) : null,
    outDir: resolve(env.KIOSK_PACKAGE_DIR ?? join(root, ".tmp/package")),
  };
}

/** The pinned Node for `nodeArch`: the one scripts/env.sh installed, or the npm registry's build for another architecture. */
function pinnedNode(nodeArch: "x64" | "arm64"): string {
  const dir = join(
    root,
    ".runtime",
    nodeArch === (process.arch as string) ? `node-v${nodeVersion}` : `node-v${nodeVersion}-${nodeArch}`,
  );
  if (!existsSync(join(dir, "bin/node"))) {
    const download = join(root, ".runtime/download-package");
    rmSync(download, { recursive: true, force: true });
    mkdirSync(download, { recursive: true });
    // `npm pack` fetches the tarball whatever this machine's CPU; `npm install` refuses another architecture's build.
    execFileSync("npm", ["pack", "--pack-destination", download, `node-linux-${nodeArch}@${nodeVersion}`], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    mkdirSync(dir, { recursive: true });
    execFileSync("tar", [
      "-xzf",
      join(download, `node-linux-${nodeArch}-${nodeVersion}.tgz`),
      "-C",
      dir,
      "--strip-components=1",
    ]);
    rmSync(download, { recursive: true, force: true });
  }
  return dir;
}

function files(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(dir, path) : [path];
  });
}

function treeBytes(dir: string): number {
  return files(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
}

/** A hash of the files under `dirs` (names and contents) and of `extra`. */
function inputsHash(dirs: string[], extra: string[]): string {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    for (const path of files(dir).sort()) hash.update(`${dir}/${path}\0`).update(readFileSync(join(dir, path)));
  }
  for (const value of extra) hash.update(value).update("\0");
  return hash.digest("hex");
}
