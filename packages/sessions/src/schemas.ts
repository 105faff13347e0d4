import { sessionStatuses, sessionTypes } from "@kiosk/db";
import { z } from "zod";

export const sessionTypeSchema = z.enum(sessionTypes);
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionType = z.infer<typeof sessionTypeSchema>;
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** E.164: a plus, a country code and up to 15 digits in all. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{7,14}$/, "phone must be in E.164 format, e.g. +79001234567");
export const emailSchema = z.email("email is not a valid address").max(254);

export const contactSchema = z
  .object({ email: emailSchema.optional(), phone: phoneSchema.optional() })
  .strict()
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    message: "contact needs an email or a phone",
  });
export type Contact = z.infer<typeof contactSchema>;

const metadataLimitBytes = 4096;
export const metadataSchema = z
  .record(z.string().max(64), z.unknown())
  .refine((m) => Buffer.byteLength(JSON.stringify(m)) <= metadataLimitBytes, {
    message: `metadata must be at most ${metadataLimitBytes} bytes of JSON`,
  });

/** Loose on purpose: an unknown id is a 404, not a validation error. */
export const sessionIdSchema = z.string().trim().min(1).max(100);
export const sessionByIdInput = z.object({ id: sessionIdSchema }).strict();
export type SessionByIdInput = z.infer<typeof sessionByIdInput>;

export const createSessionInput = z
  .object({
    type: sessionTypeSchema,
    /** Where the report goes; optional only on a kiosk whose reports get links (the customer scans a QR code). */
    contact: contactSchema.optional(),
    metadata: metadataSchema.optional(),
    ttlMs: z.number().int().positive().optional(),
  })
  .strict();
export type CreateSessionInput = z.infer<typeof createSessionInput>;

export const updateSessionInput = z
  .object({
    id: sessionIdSchema,
    contact: contactSchema.optional(),
    metadata: metadataSchema.optional(),
  })
  .strict();
export type UpdateSessionInput = z.infer<typeof updateSessionInput>;

export const listSessionsInput = z
  .object({
    type: sessionTypeSchema.optional(),
    status: sessionStatusSchema.optional(),
    limit: z.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type ListSessionsInput = z.input<typeof listSessionsInput>;

export const endSessionInput = z.object({ id: sessionIdSchema, reason: z.string().trim().min(1).max(200) }).strict();
export type EndSessionInput = z.infer<typeof endSessionInput>;

export const sessionView = z.object({
  id: z.string(),
  type: sessionTypeSchema,
  status: sessionStatusSchema,
  contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastActivityAt: z.number(),
  expiresAt: z.number(),
  endedAt: z.number().nullable(),
  endReason: z.string().nullable(),
});
export type SessionView = z.infer<typeof sessionView>;

export const sessionPage = z.object({ items: z.array(sessionView), nextCursor: z.string().nullable() });
export type SessionPage = z.infer<typeof sessionPage>;
