import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnAgent, type AgentProcess } from "@kiosk/agent/testing/process";
import { createKioskClient } from "@kiosk/client";
import Database from "better-sqlite3";
import { freeLoopbackPort } from "../src/local-postgres";

/**
 * A kiosk of a simulated fleet: a real agent process (DEV, the emulator paying
 * in 100 ms) on its own storage, pushing its fleet outbox to a backoffice, and
 * the customers who visit it. Shared by the fleet simulation's kind of runs:
 * `pnpm test:fleet-chaos` uses it; fleet-sim.ts can.
 */
export interface FleetKiosk {
  id: string;
  url: string;
  storage: string;
  process: AgentProcess;
  visits: number;
  failures: number;
  refunds: number;
}

/** The agent's own operator token (refunds go through its operator API). */
export const kioskOperatorToken = "fleet-kiosk-operator-token-0123";

export interface FleetKioskOptions {
  root: string;
  id: string;
  /** The token it pushes with, as the backoffice knows it. */
  token: string;
  backofficeUrl: string;
  /** The agent's `fleet` settings: how often it pushes and how long it backs off at most. */
  fleet?: { tickMs?: number; maxDelayMs?: number; batchSize?: number; timeoutMs?: number };
}

/** Starts the agent and resolves once it is ready. */
export async function startFleetKiosk(options: FleetKioskOptions): Promise<FleetKiosk> {
  const storage = join(options.root, options.id);
  const port = await freeLoopbackPort();
  const configPath = join(options.root, `${options.id}.json`);
  writeFileSync(
    configPath,
    JSON.stringify({
      server: { rateLimitPerMinute: 1_000_000 },
      payments: { dev: { autoConfirmDelayMs: 100 }, rateLimitPerMinute: 1_000_000, reconcile: { tickMs: 200 } },
      reports: { rateLimitPerMinute: 1_000_000 },
      delivery: { tickMs: 200 },
      fleet: { tickMs: 500, maxDelayMs: 4_000, batchSize: 500, ...options.fleet },
    }),
  );
  const process = spawnAgent({
    PORT: String(port),
    STORAGE_PATH: storage,
    CONFIG_PATH: configPath,
    LOG_LEVEL: "error",
    OPERATOR_API_TOKEN: kioskOperatorToken,
    FLEET_URL: options.backofficeUrl,
    KIOSK_ID: options.id,
    FLEET_TOKEN: options.token,
  });
  const url = `http://127.0.0.1:${port}`;
  await process.ready(url, 60_000);
  return { id: options.id, url, storage, process, visits: 0, failures: 0, refunds: 0 };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One customer: a paid diagnostics session with its report, then the session
 * completed. `refund` then gives back part of the payment (kopecks) or all of it,
 * through the kiosk's operator API, as an operator would.
 */
export async function paidVisit(kiosk: FleetKiosk, refund: number | "all" | null = null): Promise<void> {
  const api = createKioskClient({ url: kiosk.url });
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  for (let i = 0; i < 100; i++) {
    if ((await api.payments.getStatus.query({ id: payment.id })).status === "confirmed") break;
    await pause(50);
  }
  await api.reports.generateDiagnostics.mutate({
    sessionId: session.id,
    vehicleMake: "Lada",
    vehicleModel: "Vesta",
    dtcCodes: [],
    timestamp: Date.now(),
  });
  await api.sessions.complete.mutate({ id: session.id });
  if (refund === null) return;
  const operator = createKioskClient({ url: kiosk.url, token: kioskOperatorToken });
  await operator.payments.refund.mutate(refund === "all" ? { id: payment.id } : { id: payment.id, amount: refund });
  kiosk.refunds++;
}

/** Reads the kiosk's own SQLite (read-only, opened and closed around `read`) while the agent runs. */
export function readKiosk<T>(kiosk: FleetKiosk, read: (db: Database.Database) => T): T {
  const db = new Database(join(kiosk.storage, "core.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
