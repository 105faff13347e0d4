import { fleetEventNames } from "@kiosk/fleet-contract";

/**
 * Every event the audit log records: the names README and docs/backoffice.md
 * list, and what operators filter by (`GET /api/audit?event=`). The fleet's
 * events are a subset (`@kiosk/fleet-contract`); the rest stay on the kiosk.
 */
export const auditEvents = [
  ...fleetEventNames,
  "session.updated",
  "session.contact_changed",
  "session.purged",
  // The audit retention's mark after each batch it deleted: where the chain now starts (stays on the kiosk).
  "audit.purged",
  "payment.refund_requested",
  "payment.webhook_rejected",
  "payment.webhook_unknown",
  "payment.webhook_invalid",
  "payment.webhook_fetch_failed",
  "scan.started",
  "scan.finished",
  "report.link_published",
  "measurement.started",
  "measurement.remeasure",
  "measurement.finished",
  "device.handed_out",
  "device.returned",
  "device.not_returned",
  "locker.jammed",
  "locker.opened",
] as const;

export type AuditEvent = (typeof auditEvents)[number];
