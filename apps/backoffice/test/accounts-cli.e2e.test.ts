import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLoopbackPort, localPostgresStatus, parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { testEnv } from "./calls";
import { callTrpc, signIn } from "./operators";
import { testPostgres } from "./postgres";

/**
 * `pnpm backoffice:admin` as a real child process, as the README gives it:
 * the password twice on standard input (no terminal) or from a file; weak or
 * differing passwords refused with exit 1; success exit 0, and that admin
 * signs in to a backoffice on the same database. And at a real (pseudo)
 * terminal: nothing typed is echoed.
 */
const root = join(import.meta.dirname, "../../..");
let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice;
const dir = mkdtempSync(join(tmpdir(), "backoffice-admin-"));

beforeAll(async () => {
  pg = await testPostgres();
  backoffice = await startBackoffice(parseBackofficeConfig({ ...testEnv, PORT: "0", DATABASE_URL: pg.url }));
}, 60_000);
afterAll(async () => {
  await backoffice.stop();
  pg.remove();
  rmSync(dir, { recursive: true, force: true });
});

function admin(args: string[], stdin: string, env: Record<string, string> = { DATABASE_URL: pg.url }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn("pnpm", ["--silent", "backoffice:admin", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const strong = "ржавый якорь поёт на рассвете";

describe("pnpm backoffice:admin", () => {
  it("refuses differing passwords, a weak one, and a missing --email, creating nothing", async () => {
    const differ = await admin(["--email", "first@example.ru"], `${strong}\n${strong}!\n`);
    expect(differ.code).toBe(1);
    expect(differ.stderr).toContain("Пароли не совпадают. The two passwords differ.");
    const weak = await admin(["--email", "first@example.ru"], "qwerty123456\nqwerty123456\n");
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("Пароль легко подобрать");
    const short = await admin(["--email", "first@example.ru"], "short\nshort\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("Пароль слишком короткий");
    const usage = await admin([], `${strong}\n${strong}\n`);
    expect(usage.code).toBe(64);
    expect(usage.stderr).toContain("usage: pnpm backoffice:admin --email <email> [--password-file <path>]");
    const once = await admin(["--email", "first@example.ru"], `${strong}\n`);
    expect(once.code).toBe(64);
    expect(
      (
        await callTrpc(backoffice.url, "mutation", "auth.login", {
          input: { email: "first@example.ru", password: strong },
        })
      ).status,
    ).toBe(401);
  }, 60_000);

  it("creates the admin from standard input (exit 0), who then signs in as admin", async () => {
    const made = await admin(["--email", "First@Example.ru"], `${strong}\n${strong}\n`);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toMatch(
      /^Создан администратор first@example\.ru \(opr_[A-Za-z0-9_-]{22}\)\. Admin first@example\.ru created\.\n$/,
    );
    const first = await signIn(backoffice.url, "first@example.ru", strong, { from: "127.0.9.1" });
    expect(first.operator.role).toBe("admin");
    expect((await first.client.accounts.list.query()).map((a) => a.email)).toEqual(["first@example.ru"]);
  }, 60_000);

  it("restores an existing account from --password-file: new password, admin, enabled, unlocked", async () => {
    const first = await signIn(backoffice.url, "first@example.ru", strong, { from: "127.0.9.2" });
    const viewer = await first.client.accounts.create.mutate({
      email: "lost@example.ru",
      role: "viewer",
      password: strong,
    });
    await first.client.accounts.update.mutate({ id: viewer.id, disabled: true });
    const file = join(dir, "password.txt");
    writeFileSync(file, "новый пароль из файла\n");
    const restored = await admin(["--email", "lost@example.ru", "--password-file", file], "");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(
      "lost@example.ru existed: its password is set, it is an admin, enabled and unlocked.",
    );
    const lost = await signIn(backoffice.url, "lost@example.ru", "новый пароль из файла", { from: "127.0.9.2" });
    expect(lost.operator).toEqual({ id: viewer.id, email: "lost@example.ru", role: "admin" });
  }, 60_000);

  it("on a terminal shows neither password as it is typed, and gives the terminal back as it was", async () => {
    const typed = "тихий пароль за стеклом";
    // What the person sees: the prompts, the outcome, then `stty -a` on the same terminal.
    const seen = await new Promise<{ code: number | null; screen: string }>((resolve, reject) => {
      const steps = JSON.stringify([
        ["password: ", typed],
        ["again: ", typed],
      ]);
      const shell = 'node --import tsx apps/backoffice/src/admin.ts --email "$0"; code=$?; stty -a; exit $code';
      const child = spawn(
        "python3",
        [join(import.meta.dirname, "tty-run.py"), steps, "sh", "-c", shell, "tty@example.ru"],
        {
          cwd: root,
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: pg.url, LOG_LEVEL: "warn" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      let screen = "";
      child.stdout.on("data", (chunk: Buffer) => (screen += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, screen }));
    });
    expect(seen.code, seen.screen).toBe(0);
    expect(seen.screen).toContain("Пароль / password: ");
    expect(seen.screen).toContain("Ещё раз / again: ");
    expect(seen.screen).toContain("Admin tty@example.ru created.");
    expect(seen.screen).not.toContain(typed);
    expect(seen.screen).not.toContain("тихий");
    // Echo and line editing are back on for whatever runs next in that terminal.
    expect(seen.screen).toMatch(/(^|\s)echo(\s|$)/m);
    expect(seen.screen).toMatch(/(^|\s)icanon(\s|$)/m);
    expect((await signIn(backoffice.url, "tty@example.ru", typed, { from: "127.0.9.3" })).operator.role).toBe("admin");
  }, 60_000);

  it("without DATABASE_URL uses the local cluster under STORAGE_PATH, as pnpm start:backoffice does, and leaves it as it found it", async () => {
    const storage = join(dir, "storage");
    chmodSync(dir, 0o711); // as root, the cluster's owner (postgres) must pass through to it
    const env = { STORAGE_PATH: storage, BACKOFFICE_PG_PORT: String(await freeLoopbackPort()) };
    const made = await admin(["--email", "local@example.ru"], `${strong}\n${strong}\n`, env);
    expect(made.code, made.stderr).toBe(0);
    expect(localPostgresStatus(join(storage, "backoffice-pg")).running).toBe(false);
    const again = await admin(["--email", "local@example.ru"], `${strong}\n${strong}\n`, env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("local@example.ru existed");
  }, 120_000);
});
