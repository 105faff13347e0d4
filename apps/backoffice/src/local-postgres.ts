import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
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
  stop(): void;
}

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

/** Runs a PostgreSQL tool as the cluster's owner. */
function asOwner(tool: string, args: string[]): void {
  const command = isRoot() ? ["runuser", ["-u", "postgres", "--", tool, ...args]] : [tool, args];
  const result = spawnSync(command[0] as string, command[1] as string[], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
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
 * trusted from loopback only. Returns its URL.
 */
export async function startLocalPostgres(options: { dataDir: string; port?: number }): Promise<LocalPostgres> {
  const bin = binDir();
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await freeLoopbackPort());
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
  const log = join(dataDir, "server.log");
  asOwner(join(bin, "pg_ctl"), [
    "-D",
    dataDir,
    "-l",
    log,
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=on`,
    "start",
  ]);
  const stop = () => asOwner(join(bin, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]);
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
