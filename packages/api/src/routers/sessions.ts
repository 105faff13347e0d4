import {
  cancelSession,
  completeSession,
  createSession,
  createSessionInput,
  endSessionInput,
  failSession,
  getSession,
  listSessions,
  listSessionsInput,
  sessionIdSchema,
  sessionPage,
  sessionView,
  touchSession,
  updateSession,
  updateSessionInput,
} from "@kiosk/sessions";
import { z } from "zod";

import { kioskProcedure, operatorProcedure, router } from "../trpc";

const byId = z.object({ id: sessionIdSchema }).strict();

export const sessionsRouter = router({
  create: kioskProcedure
    .input(createSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => createSession(ctx.sessions, input, ctx.actor)),
  get: kioskProcedure
    .input(byId)
    .output(sessionView)
    .query(({ ctx, input }) => getSession(ctx.sessions, input.id)),
  list: operatorProcedure
    .input(listSessionsInput)
    .output(sessionPage)
    .query(({ ctx, input }) => listSessions(ctx.sessions, input)),
  touch: kioskProcedure
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => touchSession(ctx.sessions, input.id)),
  update: kioskProcedure
    .input(updateSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => updateSession(ctx.sessions, input, ctx.actor)),
  complete: kioskProcedure
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => completeSession(ctx.sessions, input.id, ctx.actor)),
  fail: kioskProcedure
    .input(endSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => failSession(ctx.sessions, input.id, input.reason, ctx.actor)),
  cancel: kioskProcedure
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => cancelSession(ctx.sessions, input.id, ctx.actor)),
});
