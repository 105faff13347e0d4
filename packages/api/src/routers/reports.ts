import {
  diagnosticsReportInput,
  generateDiagnosticsReport,
  generateThicknessReport,
  getReport,
  getReportPdf,
  listReportsBySession,
  redeliverReport,
  reportIdSchema,
  reportView,
  resendReport,
  thicknessReportInput,
  type DeliveryEvent,
} from "@kiosk/reporting";
import { tracked, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../context";
import { kioskProcedure, operatorProcedure, router } from "../trpc";

const byId = z.object({ id: reportIdSchema }).strict();

function takeReportSlot(ctx: Context): void {
  if (!ctx.rateLimits.reports.take(ctx.caller.ip)) {
    throw new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "too many reports from this client; try again in a minute",
    });
  }
}

const settled = (event: DeliveryEvent) => event.status === "sent" || event.status === "dead";

export const reportsRouter = router({
  generateDiagnostics: kioskProcedure
    .input(diagnosticsReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateDiagnosticsReport(ctx.reporting, input, ctx.actor);
    }),
  generateThickness: kioskProcedure
    .input(thicknessReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateThicknessReport(ctx.reporting, input, ctx.actor);
    }),
  get: kioskProcedure
    .input(byId)
    .output(reportView)
    .query(({ ctx, input }) => getReport(ctx.reporting, input.id)),
  listBySession: kioskProcedure
    .input(z.object({ sessionId: z.string().trim().min(1).max(100) }).strict())
    .output(z.array(reportView))
    .query(({ ctx, input }) => listReportsBySession(ctx.reporting, input.sessionId)),
  /** The PDF itself, base64 (REST serves it raw at /api/reports/:id/pdf). */
  getPdf: kioskProcedure
    .input(byId)
    .output(
      z.object({
        fileName: z.string(),
        contentType: z.literal("application/pdf"),
        sha256: z.string(),
        base64: z.string(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { fileName, pdf, sha256 } = await getReportPdf(ctx.reporting, input.id);
      return { fileName, contentType: "application/pdf" as const, sha256, base64: pdf.toString("base64") };
    }),
  /** The customer asks for the report again: same recipients, at most `reports.maxResends` times. */
  resend: kioskProcedure
    .input(byId)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return resendReport(ctx.reporting, input.id, ctx.actor);
    }),
  redeliver: operatorProcedure
    .input(byId)
    .output(reportView)
    .mutation(({ ctx, input }) => redeliverReport(ctx.reporting, input.id, ctx.actor)),
  /**
   * Every delivery change of one report, as it happens: the current state of each
   * delivery first, then changes; ends when every delivery is sent or dead.
   */
  onDelivery: kioskProcedure
    .input(z.object({ id: reportIdSchema, lastEventId: z.string().nullish() }).strict())
    .subscription(async function* ({ ctx, input, signal }) {
      const stop = AbortSignal.any([signal ?? new AbortController().signal, ctx.shutdownSignal]);
      const changes = ctx.reporting.deliveryHub.subscribe(input.id, stop);
      const current = getReport(ctx.reporting, input.id).deliveries.map((d) => ({ ...d, reportId: input.id }));
      const latest = new Map(current.map((d) => [d.id, d]));
      const eventId = (d: DeliveryEvent) => `${d.id}:${d.status}:${d.attempts}`;
      for (const delivery of current) yield tracked(eventId(delivery), delivery);
      if (current.every(settled)) return;
      for await (const delivery of changes) {
        latest.set(delivery.id, delivery);
        yield tracked(eventId(delivery), delivery);
        if ([...latest.values()].every(settled)) return;
      }
    }),
});
