import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournal } from "../../../../packages/db/src/migration-guard";
import { repoRoot } from "../agent-process";
import { emulatorVisit } from "../emulator-visit";
import { eventually } from "../eventually";
import { freePort } from "../harness";
import { listenForNotifications, type NotifyListener } from "../notify-listener";
import { buildPackage, debianRoot, parseEnvironmentFile, parseUnit, readIn, type DebianRoot } from "./debian-root";

/**
 * The Debian package end to end, in a throwaway Debian 12 root: installed with
 * dpkg (its maintainer scripts run there), the agent started exactly as
 * kiosk-agent.service's ExecStart says, as its user, with a NOTIFY_SOCKET this
 * test listens on; a DEV visit over HTTP; an upgrade to a build with one more
 * migration; a downgrade refused; remove, then purge. What it cannot do here is
 * boot systemd as PID 1 or drive a screen (README: Install on a kiosk).
 */
const work = join(repoRoot, ".tmp/package-test");
const committed = readJournal(join(repoRoot, "drizzle"));
const last = committed.at(-1)!;
const nextTag = `${String(last.idx + 1).padStart(4, "0")}_package_upgrade`;
const isRoot = process.getuid?.() === 0;

/** The committed migrations plus one, always the same bytes (so the package is cached by its hash). */
function migrationsOfTheNextRelease(): string {
  const folder = join(work, "drizzle-next");
  cpSync(join(repoRoot, "drizzle"), folder, { recursive: true });
  writeFileSync(
    join(folder, `${nextTag}.sql`),
    "CREATE TABLE `package_upgrade` (`id` integer PRIMARY KEY NOT NULL);\n",
  );
  const journal = JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8")) as { entries: object[] };
  journal.entries.push({ idx: last.idx + 1, version: "6", when: last.when + 1000, tag: nextTag, breakpoints: true });
  writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(journal, null, 2));
  return folder;
}

let first: string;
let second: string;
let root: DebianRoot;
let port: number;
const timings: Record<string, number> = {};
const timed = <T>(name: string, step: () => T): T => {
  const started = performance.now();
  try {
    return step();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
};

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  first = timed("build 1.0.0", () => buildPackage({ KIOSK_VERSION: "1.0.0", KIOSK_PACKAGE_DIR: work }));
  second = timed("build 1.0.1", () =>
    buildPackage({ KIOSK_VERSION: "1.0.1", KIOSK_PACKAGE_DIR: work, KIOSK_MIGRATIONS: migrationsOfTheNextRelease() }),
  );
  root = timed("unpack the Debian root", () => debianRoot());
  for (const deb of [first, second]) copyFileSync(deb, join(root.path, "tmp", deb.split("/").at(-1)!));
}, 600_000);
afterAll(() => {
  root?.remove();
  console.error(`debian package: ${JSON.stringify(timings)}`);
});

const inRoot = (deb: string) => `/tmp/${deb.split("/").at(-1)!}`;

/** The installed agent, started as kiosk-agent.service says, as its user, with NOTIFY_SOCKET set. */
async function startInstalledAgent(watchdogUsec: number): Promise<{
  child: ChildProcess;
  notify: NotifyListener;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}> {
  const unit = parseUnit(readIn(root, "lib/systemd/system/kiosk-agent.service"));
  const socket = `@kiosk-package-test-${process.pid}-${Date.now()}`;
  const notify = await listenForNotifications(socket);
  const env: Record<string, string> = {
    PATH: "/usr/bin:/bin",
    ...unit.environment,
    ...parseEnvironmentFile(readIn(root, unit.environmentFile)),
    NOTIFY_SOCKET: socket,
    WATCHDOG_USEC: String(watchdogUsec),
    // The test's only addition: SIGUSR2 blocks the event loop for 2 s (block-loop.mjs).
    NODE_OPTIONS: "--import=/tmp/block-loop.mjs",
  };
  const child = spawn(
    "/usr/sbin/chroot",
    [
      root.path,
      "setpriv",
      `--reuid=${unit.user}`,
      `--regid=${unit.user}`,
      "--init-groups",
      "--",
      "env",
      `--chdir=${unit.workingDirectory}`,
      ...unit.execStart,
    ],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, notify, url: `http://127.0.0.1:${env.PORT ?? "7070"}`, output: () => output, exited };
}

const readyz = (url: string) =>
  fetch(`${url}/readyz`).then(
    (r) => r.status,
    () => 0,
  );

describe.skipIf(!isRoot)("the Debian package", () => {
  it("names its contents, its dependencies and its conffiles", () => {
    const info = execFileSync("dpkg-deb", ["-I", first], { encoding: "utf8" });
    expect(info).toMatch(/^ Package: kiosk-agent$/m);
    expect(info).toMatch(/^ Version: 1\.0\.0$/m);
    expect(info).toMatch(/^ Architecture: amd64$/m);
    expect(info).toMatch(/^ Depends: adduser, libc6 \(>= 2\.28\), libstdc\+\+6, libgcc-s1, libatomic1$/m);
    expect(info).toMatch(/^ Recommends: cage, chromium$/m);
    expect(execFileSync("dpkg-deb", ["--ctrl-tarfile", first]).length).toBeGreaterThan(0);
    const conffiles = execFileSync("sh", ["-c", `dpkg-deb --info '${first}' conffiles`], { encoding: "utf8" });
    expect(conffiles.trim().split("\n")).toEqual([
      "/etc/kiosk-agent/service.json",
      "/etc/kiosk-agent/kiosk-agent.env",
      "/etc/pam.d/kiosk-screen",
    ]);
    const listing = execFileSync("dpkg-deb", ["-c", first], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    const paths = listing.split("\n").map((line) => line.split(/\s+/).at(-1));
    for (const path of [
      "./opt/kiosk-agent/node/bin/node",
      "./opt/kiosk-agent/agent/agent.mjs",
      "./opt/kiosk-agent/agent/agent-main.mjs",
      "./opt/kiosk-agent/agent/kiosk/index.html",
      "./opt/kiosk-agent/agent/fonts/DejaVuSans.ttf",
      `./opt/kiosk-agent/agent/drizzle/${last.tag}.sql`,
      "./opt/kiosk-agent/agent/node_modules/better-sqlite3/prebuilds/linux-x64.node",
      "./opt/kiosk-agent/agent/node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node",
      "./opt/kiosk-agent/agent/node_modules/twilio/package.json",
      "./lib/systemd/system/kiosk-agent.service",
      "./lib/systemd/system/kiosk-screen.service",
      "./usr/lib/modules-load.d/kiosk-agent.conf",
    ]) {
      expect(paths).toContain(path);
    }
    // Every file is root's (--root-owner-group); no C sources or other architectures' binaries.
    expect(listing.split("\n").filter((line) => line && !line.includes(" root/root "))).toEqual([]);
    expect(paths.filter((path) => /\.(node)$/.test(path ?? "") && !/linux-x64/.test(path ?? ""))).toEqual([]);
  });

  it("installs: users, data folder, the secrets file's mode, the units enabled, and both units verify", () => {
    writeFileSync(
      join(root.path, "tmp/block-loop.mjs"),
      'process.on("SIGUSR2", () => { const end = Date.now() + 2000; while (Date.now() < end); });\n',
    );
    const output = timed("install 1.0.0", () => root.ok(["dpkg", "-i", inRoot(first)]));
    expect(output).toContain("Setting up kiosk-agent (1.0.0)");
    expect(root.ok(["id", "kiosk-agent"])).toMatch(/groups=\d+\(kiosk-agent\),\d+\(dialout\)/);
    expect(
      root
        .ok(["stat", "-c", "%U:%G %a", "/var/lib/kiosk-agent", "/etc/kiosk-agent/kiosk-agent.env"])
        .trim()
        .split("\n"),
    ).toEqual(["kiosk-agent:kiosk-agent 750", "root:kiosk-agent 640"]);
    expect(root.ok(["readlink", "/etc/systemd/system/multi-user.target.wants/kiosk-agent.service"]).trim()).toBe(
      "/lib/systemd/system/kiosk-agent.service",
    );
    expect(root.ok(["readlink", "/etc/systemd/system/graphical.target.wants/kiosk-screen.service"]).trim()).toBe(
      "/lib/systemd/system/kiosk-screen.service",
    );
    // The agent's unit against the installed root (its node exists there); the screen's against
    // this machine, which has cage and chromium (test-packages.txt) and systemd's own units.
    execFileSync("systemd-analyze", ["verify", `--root=${root.path}`, "/lib/systemd/system/kiosk-agent.service"], {
      encoding: "utf8",
    });
    execFileSync("systemd-analyze", ["verify", join(root.path, "lib/systemd/system/kiosk-screen.service")], {
      encoding: "utf8",
    });
  });

  it("runs as the unit says: READY=1 once /readyz is 200, WATCHDOG=1 until the loop blocks, a DEV visit, SIGTERM exits 0", async () => {
    port = await freePort();
    const envFile = join(root.path, "etc/kiosk-agent/kiosk-agent.env");
    writeFileSync(
      envFile,
      `${readFileSync(envFile, "utf8")}\nAGENT_ENV=DEV\nPAYMENTS_PROVIDER=dev\nPORT=${port}\nLOG_LEVEL=warn\n`,
    );
    const agent = await startInstalledAgent(600_000);
    try {
      const readyAt = await eventually(
        () => Promise.resolve(agent.notify.received.find((n) => n.message === "READY=1")),
        (ready) => ready !== undefined,
        30_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${agent.output()}`);
      });
      expect(readyAt?.pid).toBe(agent.child.pid);
      expect(await readyz(agent.url)).toBe(200);
      // Petting every 200 ms (a third of 600 ms), from the agent's own pid.
      await expect
        .poll(() => agent.notify.received.filter((n) => n.message === "WATCHDOG=1").length, { timeout: 5_000 })
        .toBeGreaterThanOrEqual(5);
      expect(new Set(agent.notify.received.map((n) => n.pid))).toEqual(new Set([agent.child.pid]));

      const blockedAt = Date.now();
      agent.child.kill("SIGUSR2");
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const pets = agent.notify.received.filter((n) => n.message === "WATCHDOG=1").map((n) => n.at);
      const longestGap = Math.max(...pets.slice(1).map((at, i) => at - pets[i]!));
      // systemd would have restarted it: no WATCHDOG=1 for longer than WATCHDOG_USEC while blocked ...
      expect(longestGap).toBeGreaterThan(1800);
      expect(pets.some((at) => at > blockedAt + 2000)).toBe(true); // ... and petting again after.

      const { session, report, pdf } = await emulatorVisit(agent.url);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
      writeFileSync(join(work, "visit.json"), JSON.stringify({ sessionId: session.id, reportId: report.id }));
      // The data is where the package says, owned by the service user.
      expect(root.ok(["stat", "-c", "%U", "/var/lib/kiosk-agent/core.sqlite"]).trim()).toBe("kiosk-agent");
      expect(readdirSync(join(root.path, "var/lib/kiosk-agent/reports")).length).toBe(1);
    } finally {
      agent.child.kill("SIGTERM");
      expect(await agent.exited).toBe(0);
      agent.notify.stop();
    }
    expect(agent.notify.received.filter((n) => n.message === "READY=1")).toHaveLength(1);
    expect(agent.notify.received.at(-1)?.message).toBe("STOPPING=1");
  }, 120_000);

  it("upgrades to a build with one more migration: the data kept and migrated, a backup taken, the edited config kept", async () => {
    const output = timed("upgrade to 1.0.1", () => root.ok(["dpkg", "-i", inRoot(second)]));
    expect(output).toContain("Unpacking kiosk-agent (1.0.1) over (1.0.0)");
    expect(readIn(root, "etc/kiosk-agent/kiosk-agent.env")).toContain(`PORT=${port}`);
    const agent = await startInstalledAgent(30_000_000);
    try {
      await eventually(
        () => readyz(agent.url),
        (status) => status === 200,
        30_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${agent.output()}`);
      });
      const visit = JSON.parse(readFileSync(join(work, "visit.json"), "utf8")) as {
        sessionId: string;
        reportId: string;
      };
      const api = createKioskClient({ url: agent.url });
      expect((await api.reports.get.query({ id: visit.reportId })).sessionId).toBe(visit.sessionId);
      const backups = readdirSync(join(root.path, "var/lib/kiosk-agent/backups"));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(
        new RegExp(`^core-${String(last.idx).padStart(4, "0")}-${nextTag.slice(0, 4)}-.*\\.sqlite$`),
      );
      expect(readIn(root, "var/lib/kiosk-agent/core.sqlite.schema-level")).toBe(`${last.when + 1000} ${nextTag}\n`);
    } finally {
      agent.child.kill("SIGTERM");
      expect(await agent.exited).toBe(0);
      agent.notify.stop();
    }
  }, 120_000);

  it("refuses to downgrade across that migration, with a message, keeps the newer one installed and running", () => {
    // As if systemd ran: a systemctl that only notes what it is asked. The installed
    // package's prerm stops the services before the older preinst refuses; its
    // postinst abort-upgrade must start them again, or the kiosk stays dark.
    mkdirSync(join(root.path, "run/systemd/system"), { recursive: true });
    mkdirSync(join(root.path, "tmp/shim"), { recursive: true });
    writeFileSync(join(root.path, "tmp/shim/systemctl"), '#!/bin/sh\necho "$*" >> /tmp/systemctl.log\n', {
      mode: 0o755,
    });
    const result = root.run(["dpkg", "-i", inRoot(first)], { PATH: "/tmp/shim:/usr/sbin:/usr/bin:/sbin:/bin" });
    const asked = readIn(root, "tmp/systemctl.log").trim().split("\n");
    rmSync(join(root.path, "run/systemd"), { recursive: true, force: true });
    expect(asked.slice(-2)).toEqual(["start kiosk-agent.service", "start kiosk-screen.service"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `kiosk-agent: refusing to install 1.0.0: the data in /var/lib/kiosk-agent is migrated to ${nextTag}, newer than this package's ${last.tag}.`,
    );
    expect(root.ok(["dpkg-query", "-W", "-f", "${Version} ${db:Status-Abbrev}", "kiosk-agent"]).trim()).toBe(
      "1.0.1 ii",
    );
  });

  it("remove keeps the data, config and users; purge leaves nothing behind", () => {
    root.ok(["dpkg", "-r", "kiosk-agent"]);
    expect(existsSync(join(root.path, "opt/kiosk-agent"))).toBe(false);
    expect(existsSync(join(root.path, "var/lib/kiosk-agent/core.sqlite"))).toBe(true);
    expect(existsSync(join(root.path, "etc/kiosk-agent/kiosk-agent.env"))).toBe(true);
    expect(root.run(["id", "kiosk-agent"]).status).toBe(0);
    root.ok(["dpkg", "--purge", "kiosk-agent"]);
    const left = root.ok(["find", "/", "-xdev", "-name", "*kiosk*", "-not", "-path", "/tmp/*"]).trim();
    expect(left).toBe("");
    for (const file of ["passwd", "group", "shadow", "gshadow"])
      expect(readIn(root, `etc/${file}`)).not.toContain("kiosk");
    expect(root.run(["dpkg-query", "-W", "kiosk-agent"]).status).toBe(1);
  });
});
