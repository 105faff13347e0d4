import { vehicleTypes } from "@kiosk/core";
import { deliveryChannels, deliveryStatuses, reportTypes } from "@kiosk/db";
import { z } from "zod";

const sessionId = z.string().trim().min(1).max(100);
const isoOrEpoch = z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]);

/** Where to send the report instead of the session's contact. */
export const deliverToSchema = z
  .object({
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+[1-9]\d{7,14}$/, "phone must be in E.164 format")
      .optional(),
  })
  .strict()
  .refine((d) => d.email !== undefined || d.phone !== undefined, { message: "deliverTo needs an email or a phone" });
export type DeliverTo = z.infer<typeof deliverToSchema>;

export const dtcSchema = z
  .object({
    /** OBD-II: P (powertrain), C (chassis), B (body), U (network), then 4 hex digits. */
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[PCBU][0-3][0-9A-F]{3}$/, "code must be an OBD-II trouble code like P0420"),
    description: z.string().trim().min(1).max(300),
    severity: z.enum(["low", "medium", "high"]),
  })
  .strict();
export type Dtc = z.infer<typeof dtcSchema>;

export const diagnosticsReportInput = z
  .object({
    sessionId,
    vehicleMake: z.string().trim().min(1).max(60),
    vehicleModel: z.string().trim().min(1).max(60),
    vin: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-HJ-NPR-Z0-9]{17}$/, "vin must be 17 characters without I, O or Q")
      .optional(),
    dtcCodes: z.array(dtcSchema).max(200),
    clearedCodes: z
      .object({ clearedAt: isoOrEpoch, note: z.string().trim().max(500).optional() })
      .strict()
      .optional(),
    /** Optional: the seed's own example leaves it out. */
    scanDurationSeconds: z
      .number()
      .min(0)
      .max(24 * 3600)
      .optional(),
    timestamp: isoOrEpoch,
    deliverTo: deliverToSchema.optional(),
  })
  .strict();
export type DiagnosticsReportInput = z.infer<typeof diagnosticsReportInput>;

/** The diagnostics report of a session made from its stored scan: the caller names the session, nothing else. */
export const fromScanReportInput = z.object({ sessionId, deliverTo: deliverToSchema.optional() }).strict();
export type FromScanReportInput = z.input<typeof fromScanReportInput>;

/** The thickness report of a session made from its stored measurement: the caller names the session, nothing else. */
export const fromMeasurementReportInput = z.object({ sessionId, deliverTo: deliverToSchema.optional() }).strict();
export type FromMeasurementReportInput = z.input<typeof fromMeasurementReportInput>;

/** A zone reading. Anything else the client sends (a verdict, say) is dropped: verdicts are ours. */
export const zoneMeasurementSchema = z.object({
  zone: z.string().trim().min(1).max(60),
  valueUm: z.number().min(0).max(10_000),
});

export const thicknessReportInput = z
  .object({
    sessionId,
    vehicleType: z.enum(vehicleTypes),
    vehicleMake: z.string().trim().max(60).optional(),
    vehicleModel: z.string().trim().max(60).optional(),
    measurements: z.array(zoneMeasurementSchema).min(40).max(60),
    timestamp: isoOrEpoch.optional(),
    deliverTo: deliverToSchema.optional(),
  })
  .strict();
export type ThicknessReportInput = z.infer<typeof thicknessReportInput>;

export { zoneVerdicts, type ZoneVerdict } from "@kiosk/core";

export const deliveryView = z.object({
  id: z.string(),
  /** 0 for the first sending, n for the n-th resend. */
  round: z.number(),
  channel: z.enum(deliveryChannels),
  provider: z.string(),
  /** Masked: a view never carries a full email or phone. */
  recipient: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number(),
  nextAttemptAt: z.number().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.number().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const reportView = z.object({
  id: z.string(),
  sessionId: z.string(),
  type: z.enum(reportTypes),
  /** The confirmed payment that bought it (null when payment is not required). */
  paymentId: z.string().nullable(),
  /** Times the kiosk has asked to send it again. */
  resends: z.number(),
  /** The validated input plus what the server computed (thickness verdicts and summary). */
  data: z.record(z.string(), z.unknown()),
  sha256: z.string(),
  bytes: z.number(),
  templateVersion: z.string(),
  createdAt: z.number(),
  deliveries: z.array(deliveryView),
  /** The customer's short link to the report at the fleet backoffice; null until its upload is acknowledged (or without a fleet). */
  link: z.string().nullable(),
});
export type ReportView = z.infer<typeof reportView>;

export const reportIdSchema = z.string().trim().min(1).max(100);
export const reportByIdInput = z.object({ id: reportIdSchema }).strict();
export type ReportByIdInput = z.infer<typeof reportByIdInput>;

export const sessionReportsInput = z.object({ sessionId }).strict();
export type SessionReportsInput = z.infer<typeof sessionReportsInput>;
