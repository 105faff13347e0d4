import { epochMs, idText, storableText } from "@kiosk/fleet-contract";
import { z } from "zod";
import { operatorRoles } from "../schema";

/*
 * Every field is bounded and storable (no NUL, no lone surrogate, ids of
 * ._:- and alphanumerics, times a Date and timestamptz both hold): what
 * PostgreSQL cannot take is a 400 here, never a 500 from the query.
 */

/** An account's email: trimmed and lower-cased, so one address is one account. */
export const accountEmail = storableText(254).trim().toLowerCase().pipe(z.email("must be an email address"));

/** A password as typed; its rules are `assertPasswordAllowed`'s (the bound only keeps argon2 from hashing megabytes). */
export const passwordText = storableText(1_024).min(1);

export const accountId = idText;

export const loginInput = z.strictObject({ email: accountEmail, password: passwordText });
export type LoginInput = z.output<typeof loginInput>;

export const changePasswordInput = z.strictObject({ current: passwordText, next: passwordText });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export const createAccountInput = z.strictObject({
  email: accountEmail,
  role: z.enum(operatorRoles),
  password: passwordText,
});
export type CreateAccountInput = z.output<typeof createAccountInput>;

export const updateAccountInput = z.strictObject({
  id: accountId,
  role: z.enum(operatorRoles).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateAccountInput = z.output<typeof updateAccountInput>;

export const accountRef = z.strictObject({ id: accountId });

export const resetPasswordInput = z.strictObject({ id: accountId, password: passwordText });
export type ResetPasswordInput = z.output<typeof resetPasswordInput>;

/** The console's own audit, newest first; `beforeId` pages back from the last row shown. */
export const consoleActionsFilter = z.strictObject({
  operatorId: accountId.optional(),
  action: storableText(64).min(1).optional(),
  kioskId: idText.optional(),
  /** Epoch ms, both ends included (as the fleet's filters take them). */
  from: epochMs.optional(),
  to: epochMs.optional(),
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ConsoleActionsFilter = z.output<typeof consoleActionsFilter>;
