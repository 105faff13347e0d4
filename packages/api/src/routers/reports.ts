import {
  diagnosticsReportInput,
  fromMeasurementReportInput,
  fromScanReportInput,
  generateDiagnosticsReport,
  generateReportFromMeasurement,
  generateReportFromScan,
  generateThicknessReport,
  getReport,
  getReportPdf,
  listReportsBySession,
  redeliverReport,
  reportByIdInput,
  reportIdSchema,
  reportView,
  resendReport,
  sessionReportsInput,
  thicknessReportInput,
  type DeliveryEvent,
} from "@kiosk/reporting";
import { enforceRateLimit } from "@kiosk/core";
import { tracked } from "@trpc/server";
import { z } from "zod";
import { reportingCtx, type Context } from "../context";
import { kioskProcedure, operatorProcedure, router } from "../trpc";

function takeReportSlot(ctx: Context): void {
  enforceRateLimit(ctx.rateLimits.reports, ctx.caller.ip, "reports");
}

const settled = (event: DeliveryEvent) => event.status === "sent" || event.status === "dead";

/** The current state of each delivery, then changes; ends when every delivery is sent or dead. */
async function* deliveryStream(current: DeliveryEvent[], changes: AsyncIterable<DeliveryEvent>) {
  const latest = new Map(current.map((d) => [d.id, d]));
  const eventId = (d: DeliveryEvent) => `${d.id}:${d.status}:${d.attempts}`;
  for (const delivery of current) yield tracked(eventId(delivery), delivery);
  if (current.every(settled)) return;
  for await (const delivery of changes) {
    latest.set(delivery.id, delivery);
    yield tracked(eventId(delivery), delivery);
    if ([...latest.values()].every(settled)) return;
  }
}

export const reportsRouter = router({
  generateDiagnostics: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/reports/diagnostics",
        status: 201,
        summary: "Generate an OBD-II diagnostics report for a paid session and queue its delivery",
      },
    })
    .input(diagnosticsReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateDiagnosticsReport({ ctx: reportingCtx(ctx), input });
    }),
  fromScan: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/reports/from-scan",
        status: 201,
        summary: "Make the diagnostics report of a paid session from its stored OBD-II scan and queue its delivery",
      },
    })
    .input(fromScanReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateReportFromScan({ ctx: reportingCtx(ctx), input });
    }),
  fromMeasurement: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/reports/from-measurement",
        status: 201,
        summary:
          "Make the thickness report of a paid session from its stored guided measurement and queue its delivery",
      },
    })
    .input(fromMeasurementReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateReportFromMeasurement({ ctx: reportingCtx(ctx), input });
    }),
  generateThickness: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/reports/thickness",
        status: 201,
        summary: "Generate a paint thickness report (verdicts computed by the server) and queue its delivery",
      },
    })
    .input(thicknessReportInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return generateThicknessReport({ ctx: reportingCtx(ctx), input });
    }),
  get: kioskProcedure
    .meta({ rest: { method: "GET", path: "/api/reports/:id", summary: "A report with its deliveries" } })
    .input(reportByIdInput)
    .output(reportView)
    .query(({ ctx, input }) => getReport({ ctx: reportingCtx(ctx), input })),
  listBySession: kioskProcedure
    .meta({
      rest: { method: "GET", path: "/api/reports/session/:sessionId", summary: "A session's reports, newest first" },
    })
    .input(sessionReportsInput)
    .output(z.array(reportView))
    .query(({ ctx, input }) => listReportsBySession({ ctx: reportingCtx(ctx), input })),
  /** The PDF itself, base64: JSON cannot carry bytes (REST serves them raw at /api/reports/:id/pdf). */
  getPdf: kioskProcedure
    .input(reportByIdInput)
    .output(
      z.object({
        fileName: z.string(),
        contentType: z.literal("application/pdf"),
        sha256: z.string(),
        base64: z.string(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { fileName, pdf, sha256 } = await getReportPdf({ ctx: reportingCtx(ctx), input });
      return { fileName, contentType: "application/pdf" as const, sha256, base64: pdf.toString("base64") };
    }),
  /** The customer asks for the report again: same recipients, at most `reports.maxResends` times. */
  resend: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/reports/:id/resend",
        summary: "Send a report again to the same recipients (at most reports.maxResends times; 409 beyond)",
      },
    })
    .input(reportByIdInput)
    .output(reportView)
    .mutation(({ ctx, input }) => {
      takeReportSlot(ctx);
      return resendReport({ ctx: reportingCtx(ctx), input });
    }),
  redeliver: operatorProcedure
    .meta({
      rest: { method: "POST", path: "/api/reports/:id/redeliver", summary: "Send a report's dead deliveries again" },
    })
    .input(reportByIdInput)
    .output(reportView)
    .mutation(({ ctx, input }) => redeliverReport({ ctx: reportingCtx(ctx), input })),
  /**
   * Every delivery change of one report, as it happens: the current state of each
   * delivery first, then changes; ends when every delivery is sent or dead.
   */
  onDelivery: kioskProcedure
    .input(z.object({ id: reportIdSchema, lastEventId: z.string().nullish() }).strict())
    .subscription(({ ctx, input, signal }) => {
      const stop = AbortSignal.any([signal ?? new AbortController().signal, ctx.shutdownSignal]);
      const changes = ctx.reporting.deliveryHub.subscribe(input.id, stop);
      // Read before the stream starts: an unknown id fails the call itself (NOT_FOUND), not the stream.
      const current = getReport({ ctx: reportingCtx(ctx), input: { id: input.id } }).deliveries.map((d) => ({
        ...d,
        reportId: input.id,
      }));
      return deliveryStream(current, changes);
    }),
});

/**
 * Answers that are bytes, not JSON: only the REST layer's caller has them (see
 * `restRouter`), so the raw PDF goes through the kiosk tier without a base64 round trip.
 */
export const reportFilesRouter = router({
  pdf: kioskProcedure
    .input(reportByIdInput)
    .output(z.object({ fileName: z.string(), sha256: z.string(), pdf: z.instanceof(Buffer) }))
    .query(({ ctx, input }) => getReportPdf({ ctx: reportingCtx(ctx), input })),
});
