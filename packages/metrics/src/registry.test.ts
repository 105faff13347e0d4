import { describe, expect, it } from "vitest";
import { createMetrics } from "./registry";

describe("createMetrics", () => {
  it("exposes the seed's session metrics and the process defaults", async () => {
    const metrics = createMetrics();
    metrics.sessionsCreated.inc({ type: "diagnostics" });
    const text = await metrics.registry.metrics();
    expect(text).toContain('sessions_created_total{type="diagnostics"} 1');
    for (const name of [
      "sessions_completed_total",
      "sessions_expired_total",
      "sessions_duration_seconds",
      "sessions_active",
      "process_cpu_seconds_total",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });

  it("reads sessions_active from its source at scrape time", async () => {
    const metrics = createMetrics();
    let active = [{ type: "thickness", count: 3 }];
    metrics.setGaugeSources({ activeSessionsByType: () => active });
    expect(await metrics.registry.metrics()).toContain('sessions_active{type="thickness"} 3');
    active = [{ type: "diagnostics", count: 1 }];
    const text = await metrics.registry.metrics();
    expect(text).toContain('sessions_active{type="diagnostics"} 1');
    expect(text).toContain('sessions_active{type="thickness"} 0');
  });

  it("keeps registries of two agents apart", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.sessionsCreated.inc({ type: "thickness" });
    expect(await b.registry.metrics()).not.toContain('sessions_created_total{type="thickness"}');
  });
});
