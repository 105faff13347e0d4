import { contextFor, createCaller, domainErrorOf, type InnerContext } from "@kiosk/api";
import { systemActor } from "@kiosk/db";
import type { ReceiveWebhook } from "./http/explicit-routes";

type Caller = ReturnType<typeof createCaller>;
type InputOf<F> = F extends (input: infer I) => unknown ? I : never;

/**
 * The caller a program embedding the services is: in the same process, so as
 * trusted as the operator (it holds the database anyway), audited as "system".
 * Its calls run the same procedures as HTTP: the same validation, entitlements,
 * audit rows and metrics.
 */
function inProcessCaller(inner: InnerContext): Caller {
  const context = contextFor(inner, {
    ip: "in-process",
    userAgent: null,
    isLoopback: true,
    token: null,
    requestId: null,
  });
  return createCaller({ ...context, holds: { operatorToken: true, kioskToken: false }, actor: systemActor });
}

/**
 * The domain's own error family for a program: the verb's DomainError unchanged
 * (the cause of every tRPC error a procedure ends with), never a tRPC error.
 */
async function domainErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw domainErrorOf(error);
  }
}

export type DiagnosticsReportData = Omit<InputOf<Caller["reports"]["generateDiagnostics"]>, "deliverTo">;
export type ThicknessReportData = Omit<InputOf<Caller["reports"]["generateThickness"]>, "deliverTo">;
export type ReportContact = InputOf<Caller["reports"]["generateDiagnostics"]>["deliverTo"];

/** The seed's names for the services, each a thin call into the one router. */
export function programmaticServices(inner: InnerContext, receiveWebhook: ReceiveWebhook) {
  const caller = inProcessCaller(inner);
  return {
    sessionManager: {
      createSession: (input: InputOf<Caller["sessions"]["create"]>) =>
        domainErrors(() => caller.sessions.create(input)),
      getSession: (id: string) => domainErrors(() => caller.sessions.get({ id })),
      updateSession: (id: string, changes: Omit<InputOf<Caller["sessions"]["update"]>, "id">) =>
        domainErrors(() => caller.sessions.update({ ...changes, id })),
      completeSession: (id: string) => domainErrors(() => caller.sessions.complete({ id })),
      listSessions: (filter: InputOf<Caller["sessions"]["list"]> = {}) =>
        domainErrors(() => caller.sessions.list(filter)),
    },
    paymentService: {
      createIntent: (input: InputOf<Caller["payments"]["createIntent"]>) =>
        domainErrors(() => caller.payments.createIntent(input)),
      getStatus: (id: string) => domainErrors(() => caller.payments.getStatus({ id })),
      getIntent: (id: string) => domainErrors(() => caller.payments.get({ id })),
      /** DEV only: the emulator confirms the payment (FORBIDDEN in PROD). */
      confirm: (id: string) => domainErrors(() => caller.payments.confirm({ id })),
      /**
       * A PSP notification the host received on its own route: checked against the
       * sender allowlist and re-fetched from the provider, exactly as the agent's
       * own webhook path does. Returns the HTTP status and body to answer with.
       */
      handleWebhook: async (body: unknown, from: { sourceIp: string; userAgent?: string | null }) => {
        const answer = await domainErrors(() =>
          receiveWebhook({ body, sourceIp: from.sourceIp, userAgent: from.userAgent ?? null, requestId: null }),
        );
        return { status: answer.status, body: { status: answer.result } };
      },
    },
    reportService: {
      /** The seed's form: the report data, then the contact to deliver it to. */
      generateAndDeliverDiagnosticsReport: (data: DiagnosticsReportData, contact?: ReportContact) =>
        domainErrors(() => caller.reports.generateDiagnostics({ ...data, ...(contact ? { deliverTo: contact } : {}) })),
      generateAndDeliverThicknessReport: (data: ThicknessReportData, contact?: ReportContact) =>
        domainErrors(() => caller.reports.generateThickness({ ...data, ...(contact ? { deliverTo: contact } : {}) })),
      getReport: (id: string) => domainErrors(() => caller.reports.get({ id })),
      listReportsBySession: (sessionId: string) => domainErrors(() => caller.reports.listBySession({ sessionId })),
    },
    metricsService: {
      /** The Prometheus text exposition, as /metrics serves it. */
      getMetrics: () => inner.metrics.registry.metrics(),
    },
  };
}

export type ProgrammaticServices = ReturnType<typeof programmaticServices>;
