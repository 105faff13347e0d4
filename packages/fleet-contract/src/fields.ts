import { findJsonTextProblem, isStorableText } from "@kiosk/core";
import { z } from "zod";

/**
 * Field types both ends of the fleet agree on, bounded so that whatever passes
 * them can be stored in PostgreSQL: ints in int4 range, times a Date can hold,
 * text without NUL or lone surrogates, JSON of bounded depth and size.
 */
export const storableText = (max: number) =>
  z.string().max(max).refine(isStorableText, "must be valid Unicode text without NUL");

export const idText = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, "must be letters, digits and ._:- only");

/** Epoch milliseconds between 1970 and 9999: what both a JS Date and timestamptz hold. */
export const epochMs = z.number().int().min(0).max(253_402_300_799_999);

/** Kopecks in PostgreSQL's `integer`. */
export const kopecks = z.number().int().min(0).max(2_147_483_647);

export const maxPayloadDepth = 8;
export const maxPayloadBytes = 64 * 1024;

/** Any JSON object an event carries, storable as jsonb: depth, size and text checked. */
export const storableJsonObject = z
  // A custom check keeps the object as sent: a record schema would rebuild it and
  // drop a `__proto__` key unseen, where it must be refused.
  .custom<Record<string, unknown>>(
    (value) => typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype,
    "must be an object",
  )
  .superRefine((value, ctx) => {
    const problem = findJsonTextProblem(value, maxPayloadDepth);
    if (problem) {
      ctx.addIssue({ code: "custom", message: `${problem.path} ${problem.message}`, path: problem.path.split(".") });
      return;
    }
    if (Buffer.byteLength(JSON.stringify(value)) > maxPayloadBytes) {
      ctx.addIssue({ code: "custom", message: `larger than ${maxPayloadBytes} bytes` });
    }
  });
