import { substrates, vehicleTypes, zoneVerdicts } from "@kiosk/core";
import { z } from "zod";
import { deviceErrorCodes } from "../errors";
import { handoutView } from "../handout/schemas";

const sessionId = z.string().trim().min(1).max(100);

export const measurementInput = z.object({ sessionId }).strict();
export type MeasurementInput = z.input<typeof measurementInput>;

export const remeasureInput = z
  .object({ sessionId, zone: z.string().trim().min(1).max(60).describe("The zone's id, e.g. hood-center") })
  .strict();
export type RemeasureInput = z.input<typeof remeasureInput>;

/** One zone of the diagram: null value, substrate and verdict until it is measured. */
export const measuredZone = z.object({
  zone: z.string(),
  label: z.string(),
  valueUm: z.number().nullable(),
  substrate: z.enum(substrates).nullable(),
  verdict: z.enum(zoneVerdicts).nullable(),
  measuredAt: z.number().nullable(),
});
export type MeasuredZone = z.infer<typeof measuredZone>;

/**
 * A measurement's life: `waiting` (the gauge's cell opening, the gauge not yet
 * heard), `measuring` (readings fill zones), then `done` (the customer finished
 * with the required zones measured) or `failed` (a jammed cell, no gauge, the
 * session ended). A failed measurement keeps its readings; starting again
 * continues it.
 */
export const measurementStates = ["waiting", "measuring", "done", "failed"] as const;
export type MeasurementState = (typeof measurementStates)[number];

/** A measurement as `devices.measurement.get` answers it. */
export const measurementView = z.object({
  id: z.string(),
  sessionId: z.string(),
  vehicleType: z.enum(vehicleTypes),
  state: z.enum(measurementStates),
  error: z.object({ code: z.enum(deviceErrorCodes), message: z.string() }).nullable(),
  /** The gauge's own name when it gave one (line protocol `H`), else the driver's. */
  gauge: z.string().nullable(),
  /** The zone id the next reading fills; null when every zone is measured and none is asked again. */
  next: z.string().nullable(),
  /** Measured zones in the order they were first measured, then the rest in the order they are asked for. */
  zones: z.array(measuredZone),
  /** Zone ids that must be measured before the customer can finish (`devices.gauge.requiredZones`). */
  required: z.array(z.string()),
  canFinish: z.boolean(),
  /** The gauge's trip out of the locker and back; null without a locker. */
  locker: handoutView.nullable(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
});
export type MeasurementView = z.infer<typeof measurementView>;

/** A line from the gauge that filled no zone, told to the customer: measure again. */
export const gaugeNotice = z.object({
  kind: z.enum(["refused", "no-reading", "gauge-error"]),
  message: z.string(),
});
export type GaugeNotice = z.infer<typeof gaugeNotice>;

/**
 * What `devices.measurement.onReading` streams: the measurement after each
 * change, with the reading that made it (null for a change of state or of the
 * locker) and a notice when the gauge sent something that filled no zone.
 */
export const measurementEvent = z.object({
  measurement: measurementView,
  reading: measuredZone.nullable(),
  notice: gaugeNotice.nullable(),
});
export type MeasurementEvent = z.infer<typeof measurementEvent>;
