import { diagnosticsReportInput, reportView, thicknessReportInput } from "@kiosk/reporting";
import { z } from "zod";
import { RestResponse, type RestRoute } from "./rest-route";

/** The seed's report paths, plus the PDF itself and an operator re-drive. */
export const reportRoutes: RestRoute[] = [
  {
    method: "POST",
    path: "/api/reports/diagnostics",
    summary: "Generate an OBD-II diagnostics report for a paid session and queue its delivery",
    tier: "kiosk",
    successStatus: 201,
    body: diagnosticsReportInput,
    response: reportView,
    handle: ({ caller, body }) => caller.reports.generateDiagnostics(body as z.input<typeof diagnosticsReportInput>),
  },
  {
    method: "POST",
    path: "/api/reports/thickness",
    summary: "Generate a paint thickness report (verdicts computed by the server) and queue its delivery",
    tier: "kiosk",
    successStatus: 201,
    body: thicknessReportInput,
    response: reportView,
    handle: ({ caller, body }) => caller.reports.generateThickness(body as z.input<typeof thicknessReportInput>),
  },
  {
    method: "GET",
    path: "/api/reports/session/:id",
    summary: "A session's reports, newest first",
    tier: "kiosk",
    response: z.array(reportView),
    handle: ({ caller, params }) => caller.reports.listBySession({ sessionId: params.id ?? "" }),
  },
  {
    method: "GET",
    path: "/api/reports/:id",
    summary: "A report with its deliveries",
    tier: "kiosk",
    response: reportView,
    handle: ({ caller, params }) => caller.reports.get({ id: params.id ?? "" }),
  },
  {
    method: "GET",
    path: "/api/reports/:id/pdf",
    summary: "The report's PDF (application/pdf)",
    tier: "kiosk",
    handle: async ({ caller, params }) => {
      const file = await caller.reports.getPdf({ id: params.id ?? "" });
      return new RestResponse(200, Buffer.from(file.base64, "base64"), {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        etag: `"${file.sha256}"`,
      });
    },
  },
  {
    method: "POST",
    path: "/api/reports/:id/resend",
    summary: "Send a report again to the same recipients (at most reports.maxResends times; 409 beyond)",
    tier: "kiosk",
    response: reportView,
    handle: ({ caller, params }) => caller.reports.resend({ id: params.id ?? "" }),
  },
  {
    method: "POST",
    path: "/api/reports/:id/redeliver",
    summary: "Send a report's dead deliveries again (operator)",
    tier: "operator",
    response: reportView,
    handle: ({ caller, params }) => caller.reports.redeliver({ id: params.id ?? "" }),
  },
];
