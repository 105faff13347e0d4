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
    .meta({ rest: { method: "POST", path: "/api/sessions", status: 201, summary: "Create a session" } })
    .input(createSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => createSession(ctx.sessions, input, ctx.actor)),
  get: kioskProcedure
    .meta({ rest: { method: "GET", path: "/api/sessions/:id", summary: "Get a session" } })
    .input(byId)
    .output(sessionView)
    .query(({ ctx, input }) => getSession(ctx.sessions, input.id)),
  list: operatorProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/api/sessions",
        summary: "List sessions, newest first; filters type and status; paginated by limit and cursor",
      },
    })
    .input(listSessionsInput)
    .output(sessionPage)
    .query(({ ctx, input }) => listSessions(ctx.sessions, input)),
  touch: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/touch", summary: "Record activity on a session" } })
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => touchSession(ctx.sessions, input.id)),
  update: kioskProcedure
    .meta({ rest: { method: "PATCH", path: "/api/sessions/:id", summary: "Update a session's contact or metadata" } })
    .input(updateSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => updateSession(ctx.sessions, input, ctx.actor)),
  complete: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/complete", summary: "Complete a session" } })
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => completeSession(ctx.sessions, input.id, ctx.actor)),
  fail: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/fail", summary: "Fail a session with a reason" } })
    .input(endSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => failSession(ctx.sessions, input.id, input.reason, ctx.actor)),
  cancel: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/cancel", summary: "Cancel a session" } })
    .input(byId)
    .output(sessionView)
    .mutation(({ ctx, input }) => cancelSession(ctx.sessions, input.id, ctx.actor)),
});
