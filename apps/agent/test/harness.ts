import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, parseConfig, type Config } from "@kiosk/core";
import { createKioskClient } from "@kiosk/client";
import { createAgent, type Agent } from "../src/app";
import { createLogger } from "../src/logger";

export const operatorToken = "operator-token-0123456789abcdef";
export const kioskToken = "kiosk-token-0123456789abcdef";

export interface TestAgent {
  agent: Agent;
  url: string;
  clock: ManualClock;
  storage: string;
  stop(): Promise<void>;
}

/**
 * A real agent on a loopback port with its own storage folder and a manual clock.
 * `env` takes the same variables the process reads.
 */
export async function startTestAgent(
  env: Record<string, string> = {},
  file: Record<string, unknown> = {},
): Promise<TestAgent> {
  const storage = mkdtempSync(join(tmpdir(), "kiosk-agent-"));
  const config: Config = parseConfig(file, {
    PORT: "0",
    HOST: "127.0.0.1",
    STORAGE_PATH: storage,
    OPERATOR_API_TOKEN: operatorToken,
    KIOSK_API_TOKEN: kioskToken,
    ...env,
  });
  const clock = new ManualClock(Date.now());
  const agent = createAgent({ config, clock, logger: createLogger("silent") });
  const port = await agent.start();
  return {
    agent,
    url: `http://127.0.0.1:${port}`,
    clock,
    storage,
    async stop() {
      await agent.stop();
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

/** A client whose requests appear to come from `ip` (the agent must trust the proxy). */
export function clientFrom(url: string, ip: string, token?: string) {
  const forwarding: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), "x-forwarded-for": ip } });
  return createKioskClient({ url, fetch: forwarding, ...(token ? { token } : {}) });
}
