import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";
import { isDatabaseUnavailable } from "./errors";

export type BackofficeMetrics = ReturnType<typeof createBackofficeMetrics>;

/** The backoffice's own metrics; the fleet's kiosk metrics come through Prometheus remote write. */
export function createBackofficeMetrics(kiosksSilent: () => Promise<number>, auditChainsBroken: () => Promise<number>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    eventsIngested: new Counter({
      name: "backoffice_events_ingested_total",
      help: "Fleet events received from kiosks: new, a duplicate of one already stored, or refused (the kiosk sets it aside).",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    reportUploads: new Counter({
      name: "backoffice_report_uploads_total",
      help: "Report PDFs kiosks uploaded for links: stored, duplicate (a retry, same link), conflict (other bytes under the id), invalid, too_large, unauthorized, links_off, error (5xx).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    linkOpenings: new Counter({
      name: "backoffice_report_link_openings_total",
      help: "Requests for /r/<token> (kind page) and /r/<token>/pdf (kind pdf): ok, not_found, expired, rate_limited.",
      labelNames: ["kind", "outcome"] as const,
      registers: [registry],
    }),
    kiosksSilent: new Gauge({
      name: "backoffice_kiosks_silent",
      help: "Kiosks that have not reported for longer than fleet.silentAfterMs (read at scrape time).",
      registers: [registry],
      async collect() {
        try {
          this.set(await kiosksSilent());
        } catch (error) {
          // The process's own metrics stay scrapeable while PostgreSQL is away; this keeps its last count.
          if (!isDatabaseUnavailable(error)) throw error;
        }
      },
    }),
    auditChainsBroken: new Gauge({
      name: "backoffice_audit_chains_broken",
      help: "Kiosks whose audit chain was found altered, deleted or reordered (audit-chain.ts; read at scrape time). Stays until an admin looks.",
      registers: [registry],
      async collect() {
        try {
          this.set(await auditChainsBroken());
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
        }
      },
    }),
  };
}
