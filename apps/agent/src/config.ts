import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, parseConfig, type Config } from "@kiosk/core";
import { agentAdapters, configAdapters, type AgentAdapters } from "./adapters";

/**
 * The only module that reads process.env: config/service.json (or CONFIG_PATH)
 * merged with the environment through the one schema in @kiosk/core and the
 * sections the adapters declare.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, adapters: AgentAdapters = agentAdapters()): Config {
  const path = resolve(env.CONFIG_PATH ?? "config/service.json");
  let file: unknown = {};
  try {
    file = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" || env.CONFIG_PATH) {
      throw new ConfigError(`config file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return parseConfig(file, env, configAdapters(adapters));
}

/** The agent's version: the installed package's (`KIOSK_VERSION`, set by its unit), else the source tree's. */
export const agentVersion = /^[0-9][A-Za-z0-9.+~-]{0,39}$/.test(process.env.KIOSK_VERSION ?? "")
  ? (process.env.KIOSK_VERSION as string)
  : "0.1.0";

/** What systemd passes a `Type=notify` service (sd_notify(3), sd_watchdog_enabled(3)). */
export interface SystemdNotifySettings {
  /** A socket path, or `@name` in the abstract namespace. */
  socket: string;
  /** The watchdog's interval, when it is meant for this process (WATCHDOG_PID unset or ours). */
  watchdogUsec: number | null;
}

/** systemd's notify settings from the environment; null when no manager listens (no NOTIFY_SOCKET). */
export function systemdNotifySettings(env: NodeJS.ProcessEnv = process.env): SystemdNotifySettings | null {
  const socket = env.NOTIFY_SOCKET;
  if (!socket) return null;
  const usec = Number(env.WATCHDOG_USEC);
  const forUs = !env.WATCHDOG_PID || Number(env.WATCHDOG_PID) === process.pid;
  return { socket, watchdogUsec: forUs && Number.isInteger(usec) && usec > 0 ? usec : null };
}

/** The process environment, for the programmatic entry point's default: read here, as everywhere. */
export const processEnv = (): NodeJS.ProcessEnv => process.env;
