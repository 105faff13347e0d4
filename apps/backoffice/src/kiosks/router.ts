import { t } from "../trpc";

/** The admins' kiosks: create (with a one-time enrollment code), revoke, rotate. */
export const kiosksRouter = t.router({});
