import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

export type BackofficeMetrics = ReturnType<typeof createBackofficeMetrics>;

/** The backoffice's own metrics; the fleet's kiosk metrics come through Prometheus remote write. */
export function createBackofficeMetrics(kiosksSilent: () => Promise<number>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    eventsIngested: new Counter({
      name: "backoffice_events_ingested_total",
      help: "Fleet events received from kiosks: new, or a duplicate of one already stored.",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    kiosksSilent: new Gauge({
      name: "backoffice_kiosks_silent",
      help: "Kiosks that have not reported for longer than fleet.silentAfterMs (read at scrape time).",
      registers: [registry],
      async collect() {
        this.set(await kiosksSilent());
      },
    }),
  };
}
