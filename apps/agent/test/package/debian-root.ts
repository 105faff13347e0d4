import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../agent-process";

/**
 * A throwaway Debian 12 root to install the package into: mmdebstrap's minbase
 * (what any Debian install has: dpkg, apt, util-linux, passwd) plus adduser, the
 * libraries the package depends on, and systemd (so `systemctl enable` in
 * postinst really enables, offline). Built once from Debian's mirror and kept as
 * a tarball in ~/.cache/kiosk-agent; each test unpacks its own copy.
 */
const includes = ["adduser", "systemd", "libatomic1", "libstdc++6", "libgcc-s1"];
const cacheDir = join(homedir(), ".cache/kiosk-agent");

function cachedTarball(): string {
  const key = createHash("sha256")
    .update(`bookworm minbase ${includes.join(",")}`)
    .digest("hex")
    .slice(0, 12);
  const tarball = join(cacheDir, `debian-bookworm-${key}.tar`);
  if (!existsSync(tarball)) {
    mkdirSync(cacheDir, { recursive: true });
    execFileSync(
      "mmdebstrap",
      [
        "--variant=minbase",
        `--include=${includes.join(",")}`,
        "--mode=root",
        "--format=tar",
        "--quiet",
        "bookworm",
        `${tarball}.tmp`,
        "http://deb.debian.org/debian",
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    renameSync(`${tarball}.tmp`, tarball);
  }
  return tarball;
}

export interface DebianRoot {
  path: string;
  /** Runs `command` inside the root (chroot) as root; the result, whatever the exit code. */
  run(command: string[], env?: Record<string, string>): { status: number | null; stdout: string; stderr: string };
  /** The same, throwing with its output unless it exits 0. */
  ok(command: string[]): string;
  remove(): void;
}

/** A fresh root under .tmp/, unpacked from the cached tarball. */
export function debianRoot(): DebianRoot {
  const tarball = cachedTarball();
  mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
  const path = mkdtempSync(join(repoRoot, ".tmp/debian-root-"));
  execFileSync("tar", ["-xf", tarball, "-C", path]);
  const run = (command: string[], env: Record<string, string> = {}) => {
    const result = spawnSync("chroot", [path, ...command], {
      encoding: "utf8",
      env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C.UTF-8", DEBIAN_FRONTEND: "noninteractive", ...env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return {
    path,
    run,
    ok(command) {
      const result = run(command);
      if (result.status !== 0)
        throw new Error(`${command.join(" ")} exited ${String(result.status)}:\n${result.stdout}${result.stderr}`);
      return result.stdout;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** What a unit's [Service] section says: the keys the test runs the agent by. */
export interface ServiceUnit {
  execStart: string[];
  user: string;
  workingDirectory: string;
  environment: Record<string, string>;
  environmentFile: string;
  values: Map<string, string[]>;
}

/** Parses `text` (a systemd unit) far enough to start its service by hand. */
export function parseUnit(text: string): ServiceUnit {
  const values = new Map<string, string[]>();
  for (const line of text.replace(/\\\n\s*/g, " ").split("\n")) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1]!, [...(values.get(match[1]!) ?? []), match[2]!]);
  }
  const one = (key: string) => {
    const found = values.get(key);
    if (found?.length !== 1) throw new Error(`the unit has ${found?.length ?? 0} ${key}=`);
    return found[0]!;
  };
  const environment = Object.fromEntries(
    (values.get("Environment") ?? []).map((assignment) => {
      const at = assignment.indexOf("=");
      return [assignment.slice(0, at), assignment.slice(at + 1)];
    }),
  );
  return {
    execStart: one("ExecStart").split(/\s+/),
    user: one("User"),
    workingDirectory: one("WorkingDirectory"),
    environment,
    environmentFile: one("EnvironmentFile"),
    values,
  };
}

/** KEY=value lines of an EnvironmentFile (comments and blanks skipped), as systemd reads the simple ones. */
export function parseEnvironmentFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#") && line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

/** `pnpm package` with `env`: the .deb's path (its last line of output). */
export function buildPackage(env: Record<string, string>): string {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/package.ts"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return out.trim().split("\n").at(-1)!;
}

export const readIn = (root: DebianRoot, path: string) => readFileSync(join(root.path, path), "utf8");
