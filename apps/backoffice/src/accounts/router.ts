import { t } from "../trpc";

/** Signing in and out (`auth`) and the admins' accounts (`accounts`). */
export const authRouter = t.router({});
export const accountsRouter = t.router({});
