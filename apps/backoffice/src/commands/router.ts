import { t } from "../trpc";

/** Operators' commands to kiosks, queued until each kiosk pulls them. */
export const commandsRouter = t.router({});
