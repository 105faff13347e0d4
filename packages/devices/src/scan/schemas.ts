import { deviceErrorCodes } from "../errors";
import { z } from "zod";
import { handoutView } from "../handout/schemas";

export const scanInput = z.object({ sessionId: z.string().trim().min(1).max(100) }).strict();
export type ScanInput = z.input<typeof scanInput>;

const readServices = ["status", "stored", "pending", "permanent", "vin"] as const;

/** Where a scan is, for the progress screen: each step the agent passes, in order. */
export const scanProgress = z.discriminatedUnion("step", [
  z.object({ step: z.literal("waiting") }),
  z.object({ step: z.literal("connecting") }),
  z.object({ step: z.literal("protocol"), protocol: z.string(), ecus: z.number().int() }),
  z.object({
    step: z.literal("reading"),
    service: z.enum(readServices),
    index: z.number().int(),
    of: z.number().int(),
    ecus: z.number().int(),
  }),
  z.object({ step: z.literal("done") }),
  z.object({ step: z.literal("failed") }),
]);
export type ScanProgress = z.infer<typeof scanProgress>;

export const scannedEcu = z.object({
  address: z.string(),
  stored: z.array(z.string()),
  pending: z.array(z.string()),
  permanent: z.array(z.string()),
});

/** A scan as `devices.scan.get` answers it and `devices.scan.onProgress` streams it. */
export const scanView = z.object({
  id: z.string(),
  sessionId: z.string(),
  state: z.enum(["waiting", "connecting", "reading", "done", "failed"]),
  error: z.object({ code: z.enum(deviceErrorCodes), message: z.string() }).nullable(),
  adapter: z.string().nullable(),
  protocol: z.string().nullable(),
  vin: z.string().nullable(),
  mil: z.boolean(),
  batteryVolts: z.number().nullable(),
  ecus: z.array(scannedEcu),
  progress: scanProgress,
  /** The adapter's trip out of the locker and back; null without a locker. */
  locker: handoutView.nullable(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
});
export type ScanView = z.infer<typeof scanView>;
