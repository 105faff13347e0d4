import { Registry, collectDefaultMetrics } from "prom-client";
import type { AgentInfo, Outcome } from "./labels";
import { cachedObserver } from "./observers";
import { deviceMetrics } from "./devices";
import { paymentMetrics } from "./payments";
import { reportMetrics } from "./reports";
import { runtimeMetrics } from "./runtime";
import { sessionMetrics } from "./sessions";
import type { GaugeSources } from "./sources";

/**
 * One Registry per agent (not prom-client's global), holding every metric of the
 * design. Metric names are the seed's and stay stable: dashboards depend on them.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // These three are gauges named like counters, which promtool rejects; the
  // per-type nodejs_active_{handles,requests,resources} gauges carry the same counts.
  for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"]) {
    registry.removeSingleMetric(name);
  }
  let sources: GaugeSources | undefined;
  const read = () => sources;
  const runtime = runtimeMetrics(registry, read);

  const metrics = {
    registry,
    ...sessionMetrics(registry, read),
    ...paymentMetrics(registry, read),
    ...reportMetrics(registry, read),
    ...deviceMetrics(registry),
    ...runtime,
    /** A procedure call's duration by procedure, type (query, mutation) and outcome. */
    observeProcedure: cachedObserver(runtime.procedureDuration, ["procedure", "type", "outcome"]) as Observe,
    /** An HTTP request's duration by route template, method and outcome. */
    observeHttp: cachedObserver(runtime.httpDuration, ["route", "method", "outcome"]) as Observe,
    /** Sets the _info metric once at start. */
    setInfo(info: AgentInfo) {
      metrics.info.reset();
      metrics.info.set(
        { version: info.version, environment: info.environment, payment_provider: info.paymentProvider },
        1,
      );
    },
    /** Connects the scrape-time gauges to the database once it is open. */
    setGaugeSources(next: GaugeSources) {
      sources = next;
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

type Observe = (values: readonly [string, string, Outcome], seconds: number) => void;
