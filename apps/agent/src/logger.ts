import { maskPii } from "@kiosk/core";
import { pino, type Logger } from "pino";

export type { Logger };

/** JSON logs; every logged object passes through the contact-data mask. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "kiosk-agent" },
      formatters: { log: (object) => maskPii(object) },
    },
    destination,
  );
}
