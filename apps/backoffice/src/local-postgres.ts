import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import pg from "pg";

/**
 * A private PostgreSQL cluster in a folder of our own (Debian's `postgresql`
 * binaries, initdb and pg_ctl), listening on loopback only. initdb refuses to
 * run as root, so as root the cluster belongs to the `postgres` user.
 */
export interface LocalPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the cluster (`pg_ctl -m fast` unless told otherwise); nothing if it is not running. */
  stop(mode?: StopMode): void;
}

/** pg_ctl's shutdown modes: wait for clients, disconnect them, or abort (recovery at the next start). */
export type StopMode = "smart" | "fast" | "immediate";

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")));
  if (!found) {
    throw new Error("PostgreSQL is not installed: bash scripts/install-test-deps.sh postgresql (Debian's package)");
  }
  return found;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL tool as the cluster's owner, for its exit status and output. */
function runAsOwner(tool: string, args: string[]) {
  const command = isRoot() ? ["runuser", ["-u", "postgres", "--", tool, ...args]] : [tool, args];
  return spawnSync(command[0] as string, command[1] as string[], { encoding: "utf8" });
}

function asOwner(tool: string, args: string[]): void {
  const result = runAsOwner(tool, args);
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
}

/**
 * Whether the cluster in `dataDir` is running (`pg_ctl status`: 0 when it is,
 * a postmaster.pid whose process is gone counts as not), and on which port
 * (postmaster.pid's fourth line).
 */
export function localPostgresStatus(dataDir: string): { running: false } | { running: true; port: number } {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return { running: false };
  if (runAsOwner(join(binDir(), "pg_ctl"), ["-D", dataDir, "status"]).status !== 0) return { running: false };
  return { running: true, port: Number(readFileSync(pidFile, "utf8").split("\n")[3]) };
}

/** Stops the cluster in `dataDir` if it is running, waiting until it has. */
export function stopLocalPostgres(dataDir: string, mode: StopMode = "fast"): void {
  if (!localPostgresStatus(dataDir).running) return;
  asOwner(join(binDir(), "pg_ctl"), ["-D", dataDir, "-m", mode, "-w", "stop"]);
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts (creating it first when the folder is empty) a cluster in `dataDir`
 * on a loopback `port`, with a `backoffice` database and a `kiosk` superuser
 * trusted from loopback only. Returns its URL. A cluster already running there
 * (left by a process that was killed) is taken over, restarted first if it
 * listens on another port than asked.
 */
export async function startLocalPostgres(options: { dataDir: string; port?: number }): Promise<LocalPostgres> {
  const bin = binDir();
  const dataDir = resolve(options.dataDir);
  const running = localPostgresStatus(dataDir);
  const port = options.port ?? (running.running ? running.port : await freeLoopbackPort());
  const reusable = running.running && running.port === port;
  if (running.running && !reusable) stopLocalPostgres(dataDir);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const parent = dirname(dataDir);
    mkdirSync(parent, { recursive: true });
    // The cluster's owner must pass through the parent (execute only: it still cannot list it).
    const mode = statSync(parent).mode & 0o777;
    if (isRoot() && (mode & 0o001) === 0) chmodSync(parent, mode | 0o001);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (isRoot()) chownSync(dataDir, postgresUid(), postgresGid());
    asOwner(join(bin, "initdb"), ["-D", dataDir, "-U", "kiosk", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  if (!reusable) {
    const server = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=on`;
    asOwner(join(bin, "pg_ctl"), [
      "-D",
      dataDir,
      "-l",
      join(dataDir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      server,
      "start",
    ]);
  }
  const stop = (mode?: StopMode) => stopLocalPostgres(dataDir, mode);
  try {
    await ensureDatabase(port, "backoffice");
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://kiosk@127.0.0.1:${port}/backoffice`, port, dataDir, stop };
}

async function ensureDatabase(port: number, name: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "kiosk", database: "postgres" });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

const idOf = (flag: "-u" | "-g") => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
const postgresUid = () => idOf("-u");
const postgresGid = () => idOf("-g");
