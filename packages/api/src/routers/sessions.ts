import {
  cancelSession,
  completeSession,
  createSession,
  createSessionInput,
  endSessionInput,
  expireSession,
  failSession,
  getSession,
  listSessions,
  listSessionsInput,
  sessionByIdInput,
  sessionPage,
  sessionView,
  touchSession,
  updateSession,
  updateSessionInput,
} from "@kiosk/sessions";
import { cancelPayment } from "@kiosk/payments";
import { paymentsCtx, sessionsCtx } from "../context";
import { kioskProcedure, operatorProcedure, router } from "../trpc";

export const sessionsRouter = router({
  create: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions", status: 201, summary: "Create a session" } })
    .input(createSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => createSession({ ctx: sessionsCtx(ctx), input })),
  get: kioskProcedure
    .meta({ rest: { method: "GET", path: "/api/sessions/:id", summary: "Get a session" } })
    .input(sessionByIdInput)
    .output(sessionView)
    .query(({ ctx, input }) => getSession({ ctx: sessionsCtx(ctx), input })),
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
    .query(({ ctx, input }) => listSessions({ ctx: sessionsCtx(ctx), input })),
  touch: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/touch", summary: "Record activity on a session" } })
    .input(sessionByIdInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => touchSession({ ctx: sessionsCtx(ctx), input })),
  update: kioskProcedure
    .meta({ rest: { method: "PATCH", path: "/api/sessions/:id", summary: "Update a session's contact or metadata" } })
    .input(updateSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => updateSession({ ctx: sessionsCtx(ctx), input })),
  complete: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/complete", summary: "Complete a session" } })
    .input(sessionByIdInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => completeSession({ ctx: sessionsCtx(ctx), input })),
  fail: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/fail", summary: "Fail a session with a reason" } })
    .input(endSessionInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => failSession({ ctx: sessionsCtx(ctx), input })),
  cancel: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/sessions/:id/cancel", summary: "Cancel a session" } })
    .input(sessionByIdInput)
    .output(sessionView)
    .mutation(({ ctx, input }) => cancelSession({ ctx: sessionsCtx(ctx), input })),
  /** A stuck session ended by an operator (a console command too): its pending payment cancelled first. */
  expire: operatorProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/sessions/:id/expire",
        summary: "Expire a stuck session now, as the housekeeping would; its pending payment is cancelled first",
      },
    })
    .input(sessionByIdInput)
    .output(sessionView)
    .mutation(async ({ ctx, input }) => {
      const pending = ctx.sessions.statements.pendingPaymentOf.get({ sessionId: input.id });
      if (pending) await cancelPayment({ ctx: paymentsCtx(ctx), input: { id: pending.id } });
      return expireSession({ ctx: sessionsCtx(ctx), input });
    }),
});
