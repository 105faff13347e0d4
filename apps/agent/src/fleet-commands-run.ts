import { contextFor, createCaller, domainErrorOf, type InnerContext } from "@kiosk/api";
import type { FleetCommandRow } from "@kiosk/db";
import { commandRequest, type CommandRequest } from "@kiosk/fleet-contract";
import { keyedRefundId } from "@kiosk/payments";

/** What one command came to on this kiosk, as its result is reported. */
export type CommandOutcome = { status: "done"; result: Record<string, unknown> } | { status: "failed"; error: string };

/**
 * The kiosk's own router, called as the operator who asked: every audit row a
 * command writes names that person (`actor_id`) and carries the command's id
 * as its request id.
 */
function callerFor(inner: InnerContext, command: FleetCommandRow) {
  const context = contextFor(inner, {
    ip: "fleet",
    userAgent: null,
    isLoopback: false,
    token: null,
    requestId: command.id,
  });
  return createCaller({
    ...context,
    holds: { operatorToken: true, kioskToken: false },
    actor: { kind: "operator", id: command.requestedBy, ip: null, userAgent: null, requestId: command.id },
  });
}

/** Runs one operator's command through the procedures an operator would call over HTTP. */
async function runKind(inner: InnerContext, command: FleetCommandRow, request: CommandRequest) {
  const api = callerFor(inner, command);
  switch (request.kind) {
    case "refund": {
      const { paymentId, amount } = request.params;
      // The command's id is the refund's key: run again after a crash, it refunds once.
      const payment = await api.payments.refund({
        id: paymentId,
        ...(amount ? { amount } : {}),
        idempotencyKey: command.id,
      });
      const refund = payment.refunds.find((r) => r.id === keyedRefundId(command.id));
      return {
        paymentId,
        status: payment.status,
        refundedAmount: payment.refundedAmount,
        refund: refund ? { id: refund.id, amount: refund.amount, status: refund.status } : null,
      };
    }
    case "redeliver": {
      const report = await api.reports.redeliver({ id: request.params.reportId });
      return {
        reportId: report.id,
        deliveries: report.deliveries.map((d) => ({ channel: d.channel, status: d.status })),
      };
    }
    case "resend_link": {
      const report = await api.reports.resend({ id: request.params.reportId });
      return { reportId: report.id, link: report.link ?? null };
    }
    case "open_cell": {
      const opened = await api.devices.locker.open({ cell: request.params.cell });
      return { cell: opened.cell, door: opened.door, wasOpen: opened.wasOpen };
    }
    case "expire_session": {
      const session = await api.sessions.expire({ id: request.params.sessionId });
      return { sessionId: session.id, status: session.status };
    }
    case "rotate_credential":
      throw new Error("a rotation is not run through the router");
  }
}

/** A command run once: its refusal (a DomainError's message) is a `failed` result, never a crash of the worker. */
export async function runOperatorCommand(inner: InnerContext, command: FleetCommandRow): Promise<CommandOutcome> {
  const request = commandRequest.safeParse({ kind: command.kind, params: command.params });
  if (!request.success) return { status: "failed", error: `this kiosk cannot run ${command.kind} with these params` };
  try {
    return { status: "done", result: await runKind(inner, command, request.data) };
  } catch (error) {
    return { status: "failed", error: domainErrorOf(error).message };
  }
}
