import type { BackofficeDb } from "./db";
import type { OperatorIdentity } from "./procedures";
import { consoleAudit } from "./schema";

/** The pool or a transaction: a write that must commit with the caller's change takes either. */
export type DbOrTx = BackofficeDb | Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

export interface ConsoleAction {
  /** Who; null for a failed sign-in under an unknown email. */
  operator: Pick<OperatorIdentity, "id" | "email"> | null;
  /** `login`, `login.failed`, `account.created`, `kiosk.revoked`, `command.created`, ... */
  action: string;
  kioskId?: string | null;
  /** What it was done to: an account, a payment, a command. */
  target?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Writes one row of the console's audit with the caller's handle, so it commits with the change it records. */
export async function recordConsoleAction(db: DbOrTx, entry: ConsoleAction): Promise<void> {
  await db.insert(consoleAudit).values({
    operatorId: entry.operator?.id ?? null,
    operatorEmail: entry.operator?.email ?? null,
    action: entry.action,
    kioskId: entry.kioskId ?? null,
    target: entry.target ?? null,
    details: entry.details ?? {},
    ip: entry.ip ?? null,
  });
}
