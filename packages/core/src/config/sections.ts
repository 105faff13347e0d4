import { isIP } from "node:net";
import { z } from "zod";
import type { VehicleType } from "../vehicles";

export const positiveMs = z.number().int().positive();

/** An IP address or a CIDR block, v4 or v6: `185.71.76.0/27`, `::1/128`, `77.75.156.11`. */
export const cidrSchema = z.string().refine(
  (entry) => {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
  },
  { message: "must be an IP address or CIDR" },
);

/** HTTP server: port, bind address, body limit, proxy trust, shutdown grace. */
export const serverSchema = z
  .object({
    port: z.number().int().min(0).max(65535).default(7070).describe("HTTP port (0 picks a free one)"),
    /** Loopback by default: the kiosk UI and a reverse proxy live on the same machine. */
    host: z.string().min(1).default("127.0.0.1").describe("Address to bind; loopback keeps the API on the kiosk"),
    bodyLimitBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024)
      .describe("Largest request body; larger answers 413"),
    trustProxy: z.boolean().default(false).describe("Believe X-Forwarded-For from trustedProxies"),
    /** Peers whose X-Forwarded-For is believed (only with trustProxy); nobody else's ever is. */
    trustedProxies: z
      .array(cidrSchema)
      .default(["127.0.0.1/32", "::1/128"])
      .describe("Proxies (IPs or CIDRs) whose X-Forwarded-For counts, walking from the right"),
    shutdownTimeoutMs: positiveMs.default(10_000).describe("On SIGTERM, requests and workers finish within this"),
    /** Mutating kiosk-tier calls per client per minute (429 beyond, with Retry-After). */
    rateLimitPerMinute: z
      .number()
      .int()
      .positive()
      .default(120)
      .describe("Mutating kiosk-tier calls per client per minute; 429 with Retry-After beyond"),
  })
  .strict()
  .prefault({});

/** Session lifetimes, the sweeper and retention. */
export const sessionsSchema = z
  .object({
    defaultTtlMs: positiveMs.default(3_600_000).describe("Session lifetime when the kiosk asks for none"),
    minTtlMs: positiveMs.default(60_000).describe("Shortest lifetime a kiosk may ask for"),
    maxTtlMs: positiveMs.default(4 * 3_600_000).describe("Longest lifetime a kiosk may ask for"),
    inactivityMs: positiveMs
      .default(15 * 60_000)
      .describe("A session with no activity this long expires (never while a payment is pending)"),
    autoResetOnTimeout: z
      .boolean()
      .default(true)
      .describe("Expire sessions on timeout (false keeps them for an operator)"),
    sweepIntervalMs: positiveMs.default(15_000).describe("How often the sweeper expires sessions and purges old data"),
    retentionDays: z
      .number()
      .int()
      .positive()
      .default(30)
      .describe("Ended sessions, their payments and reports are purged after this many days"),
  })
  .strict()
  .prefault({});

/** Prices per service in minor units (kopecks). */
export const pricesSchema = z
  .object({
    currency: z.literal("RUB").default("RUB").describe("The only currency"),
    // One price per vehicle type (vehicles.ts), no more and no fewer.
    thickness: z
      .object({
        sedan: positiveMs.default(35_000).describe("Paint thickness price for a sedan, kopecks"),
        hatchback: positiveMs.default(35_000).describe("Paint thickness price for a hatchback, kopecks"),
        minivan: positiveMs.default(40_000).describe("Paint thickness price for a minivan, kopecks"),
      } satisfies Record<VehicleType, z.ZodType>)
      .strict()
      .prefault({}),
    diagnostics: positiveMs.default(48_000).describe("OBD-II diagnostics price, kopecks"),
  })
  .strict()
  .prefault({});

/** API tokens: secrets, so only ever set from the environment. */
export const authSchema = z
  .object({
    kioskToken: z
      .string()
      .min(16)
      .optional()
      .describe("Bearer token for kiosk calls from other addresses; unset: kiosk calls only from loopback"),
    operatorToken: z
      .string()
      .min(16)
      .optional()
      .describe("Bearer token for operator calls; unset: no operator access at all"),
  })
  .strict()
  .prefault({});

/** Report generation: payment requirement, branding, thickness thresholds. */
export const reportsSchema = z
  .object({
    requirePayment: z.boolean().default(true).describe("A report needs a confirmed payment for its session"),
    companyName: z
      .string()
      .min(1)
      .max(80)
      .default("Автосервис «Киоск»")
      .describe("Name printed on reports and in emails"),
    /** Paint thickness verdicts, in micrometres: up to normalMaxUm normal, up to warningMaxUm warning, above critical. */
    thresholds: z
      .object({
        normalMaxUm: z.number().positive().default(200).describe("Paint up to this thickness (µm) is normal"),
        warningMaxUm: z.number().positive().default(300).describe("Up to this is a warning; above, critical"),
        aluminium: z
          .object({
            normalMaxUm: z.number().positive().default(160).describe("On aluminium panels, normal up to this (µm)"),
            warningMaxUm: z
              .number()
              .positive()
              .default(260)
              .describe("On aluminium, a warning up to this; above, critical"),
          })
          .strict()
          .prefault({})
          .describe("Thresholds where the gauge reports an aluminium substrate (factory coats are thinner there)"),
      })
      .strict()
      .prefault({}),
    rateLimitPerMinute: z
      .number()
      .int()
      .positive()
      .default(10)
      .describe("Reports (generate, resend) per client per minute"),
    linkWaitMs: z
      .number()
      .int()
      .min(0)
      .max(10 * 60_000)
      .default(8_000)
      .describe(
        "With a fleet: how long a report's messages wait for its link from the backoffice; an SMS sent without it is followed by one with it",
      ),
    /** How many times the kiosk may ask to send a report again, to the same recipients. */
    maxResends: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(2)
      .describe("Times the kiosk may send a report again to the same recipients"),
  })
  .strict()
  .prefault({});

/** The audit log is kept longer than sessions (money questions come late), but not forever. */
export const auditSchema = z
  .object({
    retentionDays: z.number().int().positive().default(400).describe("Audit rows are kept this many days"),
  })
  .strict()
  .prefault({});

/** Storage health: below this much free space the agent stops saying it is ready. */
export const storageSchema = z
  .object({
    minFreeBytes: z
      .number()
      .int()
      .min(0)
      .default(256 * 1024 * 1024)
      .describe("Below this much free space /readyz answers 503"),
  })
  .strict()
  .prefault({});

/**
 * The kiosk screen's habits, handed to the UI by the catalog query (no constant in
 * the bundle): when to ask "Вы ещё здесь?", how long to count down, how long the
 * thank-you screen stays, how often a touch is reported, how long the DEV device
 * simulation takes.
 */
export const kioskSchema = z
  .object({
    idleWarningMs: positiveMs.default(60_000).describe('Idle time before the screen asks "Вы ещё здесь?"'),
    idleCountdownMs: positiveMs.default(20_000).describe("Countdown before an idle screen resets"),
    doneTimeoutMs: positiveMs.default(20_000).describe("How long the thank-you screen stays"),
    touchThrottleMs: positiveMs.default(10_000).describe("How often the screen reports activity"),
    /** How often the screen checks that the agent answers, to show "unavailable" within that time. */
    heartbeatMs: positiveMs.default(5_000).describe("How often the screen checks the agent answers"),
    /** Where the built kiosk UI is; the agent serves it at `/`. Default: apps/kiosk/dist of this checkout. */
    staticDir: z
      .string()
      .min(1)
      .optional()
      .describe("Built kiosk UI served at /; apps/kiosk/dist of this checkout by default"),
  })
  .strict()
  .prefault({});

/** The fleet backoffice this kiosk reports to; nothing is queued or sent without a url. */
export const fleetSchema = z
  .object({
    url: z.url().optional().describe("The backoffice's base URL; unset: no fleet events are kept or sent"),
    kioskId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,100}$/, "letters, digits, dot, dash, underscore")
      .default("kiosk")
      .describe("This kiosk's id in the fleet"),
    token: z
      .string()
      .min(16)
      .optional()
      .describe("The token this kiosk pushes with (secret; legacy: an enrolled kiosk's own credential wins)"),
    enrollCode: z
      .string()
      .min(16)
      .max(64)
      .optional()
      .describe("The one-time code from the console that enrolls this kiosk (secret; not needed once enrolled)"),
    shareContacts: z
      .boolean()
      .default(false)
      .describe("Let the backoffice hold sessions' emails and phones; off, they stay on the kiosk"),
    batchSize: z.number().int().min(1).max(1_000).default(200).describe("Events per push at most"),
    tickMs: positiveMs.default(2_000).describe("How often the fleet worker pushes"),
    maxDelayMs: positiveMs.default(5 * 60_000).describe("Longest wait between retries while the backoffice is down"),
    timeoutMs: positiveMs.default(10_000).describe("Timeout of one push"),
    // The batches carry only the audit rows written since the backoffice's head; this whole-log
    // check is what catches an edit of a row already sent.
    auditCheckIntervalMs: positiveMs
      .default(60 * 60_000)
      .describe("How often the agent checks its whole audit chain and tells the backoffice (also at start)"),
  })
  .strict()
  .prefault({});

/** The simulator's car profiles (packages/devices/src/simulator/profiles.ts; a test there keeps the two lists equal). */
export const obdSimulatorProfiles = [
  "can11",
  "can29",
  "iso9141",
  "kwp2000",
  "j1850",
  "j1850vpw",
  "noIgnition",
  "noCar",
  "clone15",
  "late",
  "unplugged",
  "clean",
] as const;

/**
 * The kiosk's devices, owned by the agent. Each is a real driver on a serial
 * port (USB, or Bluetooth SPP /dev/rfcommN), the simulator that speaks its wire
 * protocol in process, or none (the kiosk does not sell that service, or has no
 * locker).
 */
export const devicesSchema = z
  .object({
    obd: z
      .object({
        driver: z
          .enum(["elm327", "simulator", "none"])
          .optional()
          .describe("OBD-II adapter: elm327, simulator or none; DEV defaults to simulator, PROD to elm327"),
        port: z.string().min(1).optional().describe("The adapter's serial port, e.g. /dev/ttyUSB0 or /dev/rfcomm0"),
        baudRate: z
          .union([z.literal("auto"), z.coerce.number().int().positive()])
          .default("auto")
          .describe("auto (probes 38400, 9600, 115200, 57600, 230400, 19200) or a baud rate"),
        simulatorProfile: z
          .enum(obdSimulatorProfiles)
          .default("can11")
          .describe(
            "The car the simulator driver pretends to be plugged into (see packages/devices simulator profiles)",
          ),
      })
      .strict()
      .prefault({}),
    gauge: z
      .object({
        driver: z
          .enum(["positector", "elcometer", "line", "simulator", "none"])
          .optional()
          .describe(
            "Paint-thickness gauge: positector (PosiTector 6000, RS-232/USB), elcometer (Elcometer 456, Bluetooth SPP), line (the project's line protocol), simulator or none; DEV defaults to simulator, PROD to none",
          ),
        port: z.string().min(1).optional().describe("The gauge's serial port, e.g. /dev/ttyUSB1 or /dev/rfcomm1"),
        baudRate: z.coerce.number().int().positive().default(9600).describe("The gauge's serial speed"),
        requiredZones: z
          .union([z.literal("all"), z.array(z.string().regex(/^[a-z]+(-[a-z]+)*$/)).min(1)])
          .default("all")
          .describe(
            "Zones (ids such as hood-center) the customer must measure before finishing; all, or a list (zones a body type lacks are skipped)",
          ),
        simulatorIntervalMs: positiveMs
          .default(1_200)
          .describe("The simulator driver: time between the simulated gauge's readings"),
      })
      .strict()
      .prefault({}),
    locker: z
      .object({
        driver: z
          .enum(["rs485", "simulator", "none"])
          .optional()
          .describe(
            "Device locker: rs485 (the common RS-485 lock board, 9600 8N1), simulator or none (no locker steps); DEV defaults to simulator, PROD to none",
          ),
        port: z.string().min(1).optional().describe("The RS-485 adapter's serial port, e.g. /dev/ttyUSB2"),
        board: z.number().int().min(1).max(31).default(1).describe("The board's address (its DIP switches)"),
        cellCount: z
          .number()
          .int()
          .min(1)
          .max(24)
          .default(8)
          .describe("How many cells (locks 1 to cellCount) are wired"),
        cells: z
          .object({
            obd: z.number().int().min(1).max(24).default(2).describe("The cell the OBD-II adapter sits in"),
            gauge: z.number().int().min(1).max(24).default(3).describe("The cell the thickness gauge sits in"),
          })
          .strict()
          .prefault({})
          .describe("Which device sits in which cell"),
        openTimeoutMs: positiveMs
          .default(5_000)
          .describe("After a cell's pulse, how long its door sensor has to show it open before it is a jam"),
        returnTimeoutMs: positiveMs
          .default(180_000)
          .describe("How long a customer has to put a device back and close the door before operators are alerted"),
        simulatorScenario: z
          .enum(["normal", "jammed", "leftOpen", "slowDoor", "doorOpen"])
          .default("normal")
          .describe("The simulator driver: the board it pretends to be (a jammed cell, a door left open, ...)"),
        simulatorCloseAfterMs: positiveMs
          .default(3_000)
          .describe("The simulator driver: its simulated customer shuts a door this long after it opened"),
      })
      .strict()
      .prefault({})
      .refine((locker) => locker.cells.obd !== locker.cells.gauge, {
        message: "the adapter and the gauge need cells of their own",
        path: ["cells"],
      })
      .refine((locker) => Math.max(locker.cells.obd, locker.cells.gauge) <= locker.cellCount, {
        message: "a device's cell is beyond cellCount",
        path: ["cells"],
      }),
  })
  .strict()
  .prefault({});
