import { createBackofficeClient, parseBackofficeConfig, startBackoffice, type BackofficeClient } from "../src";
import type { OperatorRole } from "../src/schema";
import { signInNew, type SignedIn } from "./operators";
import { queryRows, testPostgres } from "./postgres";

type CommandAsk = Parameters<BackofficeClient["commands"]["create"]["mutate"]>[0];
type WithoutKey<T> = T extends unknown ? Omit<T, "kioskId" | "requestKey"> : never;

/** `commands.create` as `person` for `kioskId`, under a fresh request key: a new submission. */
export const queueCommand = (person: SignedIn, kioskId: string, ask: WithoutKey<CommandAsk>) =>
  person.client.commands.create.mutate({ kioskId, requestKey: crypto.randomUUID(), ...ask });

/** The password of the accounts a test backoffice makes: it passes the rules. */
export const testPassword = "a long enough pass phrase for tests 7";

export interface TestBackofficeOptions {
  /** Each kiosk's id and fleet token (BACKOFFICE_KIOSK_TOKENS). */
  kiosks: Record<string, string>;
  /** Any other setting: BACKOFFICE_OPERATOR_TOKEN, a rate, a TTL. */
  env?: Record<string, string>;
}

export interface TestBackoffice {
  url: string;
  /** Its PostgreSQL, migrated. */
  databaseUrl: string;
  /** The rows of one statement on its database. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** The typed client with a bearer token: a kiosk's, or the operator token's. */
  client(token: string): BackofficeClient;
  /** A new account (`testPassword` unless told) signed in over HTTP, from 127.0.0.1 unless told. */
  signInNew(email: string, role: OperatorRole, options?: { from?: string; password?: string }): Promise<SignedIn>;
  /** Stops the backoffice and removes its PostgreSQL. */
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL and one backoffice in-process on it, on a free port
 * with silent logs: what a test file starts in its `beforeAll` and stops in
 * its `afterAll`.
 */
export async function startTestBackoffice(options: TestBackofficeOptions): Promise<TestBackoffice> {
  const postgres = await testPostgres();
  const backoffice = await startBackoffice(
    parseBackofficeConfig({
      PORT: "0",
      DATABASE_URL: postgres.url,
      BACKOFFICE_KIOSK_TOKENS: Object.entries(options.kiosks)
        .map(([id, token]) => `${id}:${token}`)
        .join(","),
      LOG_LEVEL: "silent",
      ...options.env,
    }),
  ).catch((error: unknown) => {
    postgres.remove();
    throw error;
  });
  const { url } = backoffice;
  return {
    url,
    databaseUrl: postgres.url,
    sql: (text, values) => queryRows(postgres.url, text, values),
    client: (token) => createBackofficeClient({ url, token }),
    signInNew: (email, role, { password = testPassword, ...signIn } = {}) =>
      signInNew(url, postgres.url, { email, role, password }, signIn),
    async stop() {
      await backoffice.stop();
      postgres.remove();
    },
  };
}
