import { maskPii } from "@kiosk/core";
import { pino, type Logger } from "pino";
import { currentRequestId } from "./request-context";

export type { Logger };

/**
 * JSON logs; every logged object passes through the contact-data mask, and every
 * line written while serving a request carries its requestId.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "kiosk-agent" },
      formatters: { log: (object) => maskPii(object) },
      // maskPii serialises errors itself; pino's own err serializer, which runs after
      // the formatter, would relabel the result as a plain "Object".
      serializers: { err: (value: unknown) => value },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/**
 * The process's own logger: JSON lines (for journald, Loki, jq) unless a person
 * watches a DEV agent in a terminal, who gets pino-pretty's coloured lines. The
 * prettifier is imported only then, so a kiosk never loads it.
 */
export async function createProcessLogger(level: string, environment: "DEV" | "PROD"): Promise<Logger> {
  if (environment !== "DEV" || !process.stdout.isTTY) return createLogger(level);
  const { default: pretty } = await import("pino-pretty");
  return createLogger(
    level,
    pretty({ colorize: true, sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" }),
  );
}
