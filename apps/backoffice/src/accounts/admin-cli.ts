import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Writable, type Readable } from "node:stream";
import { DomainError } from "@kiosk/core";
import type { BackofficeDb } from "../db";
import { ensureAdmin } from "./accounts";
import { accountEmail } from "./schemas";

/** `pnpm backoffice:admin --email <email> [--password-file <path>]`, as parsed; a usage error names what is wrong. */
export interface AdminCommand {
  email: string;
  passwordFile: string | null;
}

export class UsageError extends Error {}

export const adminUsage = "usage: pnpm backoffice:admin --email <email> [--password-file <path>]";

export function parseAdminArgs(args: string[]): AdminCommand {
  let email: string | null = null;
  let passwordFile: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === "--") continue;
    if ((arg === "--email" || arg === "--password-file") && value !== undefined) {
      if (arg === "--email") email = value;
      else passwordFile = value;
      i++;
    } else {
      throw new UsageError(`unexpected argument ${JSON.stringify(arg)}\n${adminUsage}`);
    }
  }
  if (!email) throw new UsageError(`--email is required\n${adminUsage}`);
  const parsed = accountEmail.safeParse(email);
  if (!parsed.success) throw new UsageError(`--email: ${JSON.stringify(email)} is not an email address`);
  return { email: parsed.data, passwordFile };
}

/** A password file's content without the line end an editor adds; every other character counts. */
export async function passwordFromFile(path: string): Promise<string> {
  return (await readFile(path, "utf8")).replace(/\r?\n$/, "");
}

/** Where readline's echo of a typed password goes on a terminal: nowhere. */
const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * The password typed twice, one line each, from `input` (a terminal or a
 * pipe: `printf 'pw\npw\n' | pnpm backoffice:admin ...`); the prompts, for a
 * terminal only, go to `prompt` (standard error): standard output says only
 * the outcome. On a terminal nothing typed is shown: readline holds it in
 * raw mode, its echo going nowhere, and gives the terminal back as it was.
 */
export async function passwordTwice(input: Readable, prompt: Writable): Promise<string> {
  const terminal = (input as { isTTY?: boolean }).isTTY === true;
  const reader = terminal
    ? createInterface({ input, output: nowhere(), terminal: true })
    : createInterface({ input, crlfDelay: Infinity });
  let cancelled = false;
  reader.on("SIGINT", () => {
    cancelled = true;
    reader.close();
  });
  const lines = reader[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    if (terminal) prompt.write(question);
    const line = await lines.next();
    if (terminal) prompt.write("\n");
    if (cancelled) throw new Error("cancelled");
    if (line.done) throw new UsageError("standard input ended before the password was given twice");
    return line.value;
  };
  try {
    const first = await ask("Пароль / password: ");
    const second = await ask("Ещё раз / again: ");
    if (first !== second) throw new DomainError("BAD_REQUEST", "Пароли не совпадают. The two passwords differ.");
    return first;
  } finally {
    reader.close();
    input.destroy();
  }
}

/** Makes (or restores) the admin; the sentence to print. */
export async function runAdminCommand(db: BackofficeDb, email: string, password: string): Promise<string> {
  const { account, created } = await ensureAdmin(
    { db, now: () => new Date(), ip: "cli", operator: null },
    { email, password },
  );
  return created
    ? `Создан администратор ${account.email} (${account.id}). Admin ${account.email} created.`
    : `Учётная запись ${account.email} уже была: новый пароль задан, она администратор и разблокирована. ` +
        `${account.email} existed: its password is set, it is an admin, enabled and unlocked.`;
}
