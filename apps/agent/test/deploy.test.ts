import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAgent, type TestAgent } from "./harness";
import { checkExpressionsParse, exportedSeriesNames, promtool, repoRoot, selectedMetricNames } from "./promtool";

let env: TestAgent;
let exported: Set<string>;
beforeAll(async () => {
  env = await startTestAgent();
  exported = exportedSeriesNames(await (await fetch(`${env.url}/metrics`)).text());
});
afterAll(() => env.stop());

/** Series Prometheus makes itself rather than scraping from the agent. */
const fromPrometheus = new Set(["up"]);

interface Dashboard {
  templating: { list: Array<{ type: string; name: string }> };
  panels: Array<{ title: string; datasource: { uid: string }; targets: Array<{ expr: string }> }>;
}

const dashboard = JSON.parse(readFileSync(join(repoRoot, "deploy/grafana/kiosk-agent.json"), "utf8")) as Dashboard;
const dashboardExprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));
/** Grafana's variables, replaced the way Grafana would before PromQL sees the query. */
const asPromQl = (expr: string) =>
  expr.replaceAll("$__rate_interval", "5m").replaceAll("$instance", ".*").replaceAll("$kiosk_id", ".*");

describe("deploy/prometheus", () => {
  it("passes promtool check config, check rules and test rules", () => {
    expect(promtool(["check", "config", "deploy/prometheus/prometheus.yml"])).toContain("SUCCESS");
    expect(promtool(["check", "rules", "deploy/prometheus/alerts.yml"])).toContain("SUCCESS: 20 rules found");
    expect(promtool(["test", "rules", "deploy/prometheus/alerts.test.yml"])).toContain("SUCCESS");
  });

  it("alerts on metrics the agent really exports", () => {
    const rules = readFileSync(join(repoRoot, "deploy/prometheus/alerts.yml"), "utf8");
    const names = selectedMetricNames(rules).filter((name) => !fromPrometheus.has(name));
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });

  it("scrapes the seed's job on :7070", () => {
    const config = readFileSync(join(repoRoot, "deploy/prometheus/prometheus.yml"), "utf8");
    expect(config).toContain('job_name: "kiosk-agent"');
    expect(config).toContain('targets: ["localhost:7070"]');
  });
});

describe("deploy/grafana/kiosk-agent.json", () => {
  it("takes its datasource from a variable", () => {
    expect(dashboard.templating.list.find((v) => v.type === "datasource")?.name).toBe("datasource");
    expect(dashboard.panels.every((p) => p.datasource.uid === "${datasource}")).toBe(true);
  });

  it("has the seed's four panels and the funnel, provider and outbox panels", () => {
    const titles = dashboard.panels.map((p) => p.title);
    for (const title of [
      "Активные сессии",
      "Успешные платежи за час",
      "Средняя длительность диагностики",
      "Неудачные доставки отчётов (в секунду)",
      "Воронка платежей за час",
      "Задержка внешних сервисов (p95)",
      "Ошибки внешних сервисов (в секунду)",
      "Очередь доставки отчётов",
    ]) {
      expect(titles).toContain(title);
    }
  });

  it("has PromQL that parses, naming only metrics the agent exports", () => {
    expect(checkExpressionsParse(dashboardExprs.map(asPromQl))).toContain(
      `SUCCESS: ${dashboardExprs.length} rules found`,
    );
    const names = dashboardExprs.flatMap(selectedMetricNames);
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });

  it("fails the check for a broken or unknown query (the check can fail)", () => {
    expect(() => checkExpressionsParse(["sum(rate(payments_confirmed_total[5m]"])).toThrow(
      /promtool check rules .* failed/,
    );
    expect(exported.has("payments_confirmd_total")).toBe(false);
  });
});
