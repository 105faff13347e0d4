import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, parseConfig, type Clock, type Config } from "@kiosk/core";
import { createKioskClient, kioskApiError, type KioskApiError } from "@kiosk/client";
import { agentAdapters, configAdapters, type AddedAdapters } from "../src/adapters";
import { agentOn, type Agent } from "../src/app";
import { composeCoreServices, type TestHandles } from "../src/core-services";
import { createLogger } from "../src/logger";
import { eventually } from "./eventually";
import { devicesSettled } from "@kiosk/devices";
import type { FakeYooKassa } from "@kiosk/payments/testing";

export const operatorToken = "operator-token-0123456789abcdef";
export const kioskToken = "kiosk-token-0123456789abcdef";

export interface TestAgent {
  agent: Agent;
  /** The raw SQLite connection: to play a failing disk, or plant a row no API writes. */
  sqlite: TestHandles["sqlite"];
  /** The agent's inner context (config, services), as the composition root built it. */
  inner: TestHandles["inner"];
  url: string;
  clock: ManualClock;
  storage: string;
  /** Stops the agent and deletes its storage. */
  stop(): Promise<void>;
  /** Stops the agent and keeps its storage, to start another on it (a restart). */
  halt(): Promise<void>;
}

export interface TestAgentOptions {
  /** Reuse a storage folder (a restart); a fresh one by default. */
  storage?: string;
  /** A manual clock by default; pass one to share it across a restart, or the system clock. */
  clock?: ManualClock | Clock;
  /** Receives the agent's JSON log lines (silent otherwise). */
  logLines?: string[];
  /** The level of those lines: info unless a test wants the per-request debug lines. */
  logLevel?: string;
  /** Payment providers or channels of the test's own, beside the built-in ones. */
  adapters?: AddedAdapters;
}

/**
 * A real agent on a loopback port with its own storage folder and a manual clock.
 * `env` takes the same variables the process reads.
 */
export async function startTestAgent(
  env: Record<string, string> = {},
  file: Record<string, unknown> = {},
  options: TestAgentOptions = {},
): Promise<TestAgent> {
  const storage = options.storage ?? mkdtempSync(join(tmpdir(), "kiosk-agent-"));
  const adapters = agentAdapters(options.adapters);
  const config: Config = parseConfig(
    file,
    {
      PORT: "0",
      HOST: "127.0.0.1",
      STORAGE_PATH: storage,
      OPERATOR_API_TOKEN: operatorToken,
      KIOSK_API_TOKEN: kioskToken,
      // Tests make hundreds of changes from one loopback client on a clock that does not
      // move; the per-client limit has its own test (rate-limit.e2e.test.ts).
      RATE_LIMIT_PER_MINUTE: "1000000",
      ...env,
    },
    configAdapters(adapters),
  );
  const clock = options.clock ?? new ManualClock(Date.now());
  const logLines = options.logLines;
  const logger = logLines
    ? createLogger(options.logLevel ?? "info", { write: (line: string) => void logLines.push(line) })
    : createLogger("silent");
  let handles: TestHandles | undefined;
  const agent = agentOn(composeCoreServices({ config, clock, logger, adapters }, (given) => (handles = given)));
  if (!handles) throw new Error("the composition root exposed no test handles");
  const port = await agent.start();
  // The devices (the in-process simulators in DEV) answer within milliseconds; a test starts once they have.
  await eventually(
    () => Promise.resolve(handles ? devicesSettled(handles.inner.devices) : true),
    (settled) => settled,
    5_000,
  );
  return {
    agent,
    ...handles,
    url: `http://127.0.0.1:${port}`,
    // Tests that pass the system clock do not advance it.
    clock: clock as ManualClock,
    storage,
    async stop() {
      await agent.stop();
      rmSync(storage, { recursive: true, force: true });
    },
    halt: () => agent.stop(),
  };
}

/** A client whose requests appear to come from `ip` (the agent must trust the proxy). */
export function clientFrom(url: string, ip: string, token?: string) {
  const forwarding: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), "x-forwarded-for": ip } });
  return createKioskClient({ url, fetch: forwarding, ...(token ? { token } : {}) });
}

export { eventually };
/** The YooKassa fake, for the packages that run an agent on it without depending on payments themselves. */
export { FakeYooKassa } from "@kiosk/payments/testing";

/** The value of one sample in the agent's /metrics, 0 when absent. */
export async function scrape(url: string, sample: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

/**
 * The variables of a PROD agent on a fake YooKassa; with `webhookFrom`, it also
 * takes notifications from those addresses through a trusted proxy (the tests'
 * X-Forwarded-For).
 */
export function yookassaAgentEnv(
  fake: { url: string; shopId: string; secretKey: string },
  webhookFrom?: string,
): Record<string, string> {
  return {
    AGENT_ENV: "PROD",
    // Payments are what these agents test: the OBD adapter and the gauge are the in-process simulators,
    // named explicitly (PROD never defaults to them); the PROD visits on PTYs are in diagnostics.e2e and
    // thickness.e2e. No locker (PROD's default).
    OBD_DRIVER: "simulator",
    GAUGE_DRIVER: "simulator",
    YOOKASSA_API_URL: fake.url,
    YOOKASSA_SHOP_ID: fake.shopId,
    YOOKASSA_SECRET_KEY: fake.secretKey,
    ...(webhookFrom ? { TRUST_PROXY: "true", YOOKASSA_WEBHOOK_ALLOWED_IPS: webhookFrom } : {}),
  };
}

/** A port nothing listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** How an API call through the client ended: "ok", or the agent's answer. Anything else is rethrown. */
async function apiOutcome(promise: Promise<unknown>): Promise<"ok" | KioskApiError> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    const answer = kioskApiError(error);
    if (answer) return answer;
    throw error;
  }
}

/** "ok" or the stable error code (BAD_REQUEST, CONFLICT ...). */
export const apiCode = async (promise: Promise<unknown>) => {
  const outcome = await apiOutcome(promise);
  return outcome === "ok" ? outcome : outcome.code;
};

/** "ok" or the HTTP status the agent answered with. */
export const apiStatus = async (promise: Promise<unknown>) => {
  const outcome = await apiOutcome(promise);
  return outcome === "ok" ? outcome : outcome.httpStatus;
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request from a chosen loopback source address (127.0.0.2, say): how a
 * test plays a peer that is not the trusted proxy, with fetch's headers as given.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? "GET", headers: init.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * Pays a payment at the fake YooKassa and tells the agent as YooKassa does (a
 * webhook from its address range, through the agent's trusted proxy); resolves
 * once the agent says confirmed. The agent must run with `yookassaAgentEnv(fake, "185.71.76.0/27")`.
 */
export async function payAtYooKassa(env: { url: string }, fake: FakeYooKassa, paymentId: string): Promise<void> {
  const remote = fake.findByOurId(paymentId);
  if (!remote) throw new Error("the fake never saw the payment");
  fake.setStatus(remote.id, "succeeded");
  await fake.notify(`${env.url}/api/payments/webhook`, "payment.succeeded", remote, {
    "x-forwarded-for": "185.71.76.10",
  });
  const api = createKioskClient({ url: env.url });
  await eventually(
    () => api.payments.get.query({ id: paymentId }),
    (p) => p.status === "confirmed",
  );
}

/**
 * A diagnostics session paid in full, the way a kiosk and an operator do it over
 * HTTP: created, an intent at the price, confirmed through the DEV emulator (the
 * agent must run with `payments.dev.manualMode`). Returns the kiosk's client too.
 */
export async function paidDiagnosticsSession(
  url: string,
  contact: { email?: string; phone?: string } = { email: "client@example.com" },
) {
  const api = createKioskClient({ url });
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  await createKioskClient({ url, token: operatorToken }).payments.confirm.mutate({ id: payment.id });
  return { api, session, payment };
}

/** A paid diagnostics session (as above) and its report, generated with no fault found. */
export async function diagnosticsReport(url: string, contact?: { email?: string; phone?: string }) {
  const visit = await paidDiagnosticsSession(url, contact);
  const report = await visit.api.reports.generateDiagnostics.mutate({
    sessionId: visit.session.id,
    vehicleMake: "Lada",
    vehicleModel: "Vesta",
    dtcCodes: [],
    timestamp: Date.now(),
  });
  return { ...visit, report };
}
