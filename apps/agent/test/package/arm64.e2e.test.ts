import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPackage } from "./debian-root";

/**
 * The arm64 package on this amd64 machine: its Node and native modules are the
 * npm registry's arm64 builds, so the only way to run them here is qemu-user
 * with Debian's arm64 cross libraries (scripts/test-packages.txt). Slow, but it
 * is the same bytes a Raspberry Pi-class kiosk would run.
 */
const qemu = "/usr/bin/qemu-aarch64";
const sysroot = "/usr/aarch64-linux-gnu";

describe("the arm64 package", () => {
  const scratch = mkdtempSync(join(tmpdir(), "kiosk-arm64-"));
  let agent: ChildProcess | undefined;
  afterAll(() => {
    agent?.kill("SIGKILL");
    rmSync(scratch, { recursive: true, force: true });
  });

  it("holds arm64 binaries only, and its agent starts under qemu-user and answers /readyz", async () => {
    const deb = buildPackage({ KIOSK_ARCH: "arm64", KIOSK_VERSION: "1.0.0" });
    expect(execFileSync("dpkg-deb", ["-f", deb, "Architecture"], { encoding: "utf8" }).trim()).toBe("arm64");
    const root = join(scratch, "root");
    execFileSync("dpkg-deb", ["-x", deb, root]);
    const opt = join(root, "opt/kiosk-agent");
    const binaries = execFileSync("bash", ["-c", `file -b node/bin/node $(find agent/node_modules -name '*.node')`], {
      cwd: opt,
      encoding: "utf8",
    })
      .trim()
      .split("\n");
    expect(binaries.length).toBeGreaterThanOrEqual(3);
    for (const kind of binaries) expect(kind).toMatch(/ARM aarch64/);

    const port = 7390 + Math.floor(Math.random() * 500);
    agent = spawn(qemu, ["-L", sysroot, join(opt, "node/bin/node"), join(opt, "agent/agent.mjs")], {
      cwd: join(opt, "agent"),
      env: {
        PATH: process.env.PATH,
        AGENT_ENV: "DEV",
        PORT: String(port),
        STORAGE_PATH: join(scratch, "data"),
        // What the unit sets (Environment=KIOSK_VERSION=...): the agent reports the package's version.
        KIOSK_VERSION: "1.0.0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    agent.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    agent.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const deadline = Date.now() + 90_000;
    let ready: unknown = null;
    while (Date.now() < deadline && ready === null) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null);
      if (ready === null) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(ready, log).toMatchObject({ status: "ready" });
    // SQLite (better-sqlite3's arm64 addon) took the migrations, the simulated devices answer.
    const catalog = (await (await fetch(`http://127.0.0.1:${port}/api/catalog`)).json()) as {
      services: Record<string, { available: boolean }>;
    };
    expect(Object.values(catalog.services).map((s) => s.available)).toEqual([true, true]);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/kiosk_agent_info\{[^}]*version="1\.0\.0"/);
  }, 240_000);
});
