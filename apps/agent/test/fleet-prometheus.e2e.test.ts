import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestAgent, type TestAgent } from "./harness";
import { startPrometheusProcess, type PrometheusProcess } from "./prometheus-process";
import { repoRoot } from "./promtool";

/**
 * The fleet's metrics path, for real: two kiosks, each with its own Prometheus in
 * agent mode (deploy/prometheus/agent.yml) remote-writing to one central
 * Prometheus (central.yml, the same alert rules), where both kiosks' series
 * arrive labelled by kiosk_id.
 */
type Running = PrometheusProcess;

const dirs: string[] = [];
const prometheus = startPrometheusProcess;

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-fleet-prom-"));
  dirs.push(dir);
  return dir;
}

async function startCentral(): Promise<Running> {
  const dir = scratch();
  writeFileSync(
    join(dir, "central.yml"),
    readFileSync(join(repoRoot, "deploy/prometheus/central.yml"), "utf8").replace(
      /evaluation_interval: \d+s/,
      "evaluation_interval: 1s",
    ),
  );
  copyFileSync(join(repoRoot, "deploy/prometheus/alerts.yml"), join(dir, "alerts.yml"));
  return prometheus([
    `--config.file=${join(dir, "central.yml")}`,
    `--storage.tsdb.path=${join(dir, "data")}`,
    "--web.enable-remote-write-receiver",
  ]);
}

async function startKioskPrometheus(kioskId: string, agentUrl: string, centralUrl: string): Promise<Running> {
  const dir = scratch();
  const config = readFileSync(join(repoRoot, "deploy/prometheus/agent.yml"), "utf8")
    .replace("localhost:7070", new URL(agentUrl).host)
    .replace("https://prometheus.fleet.example/api/v1/write", `${centralUrl}/api/v1/write`)
    .replace(/scrape_interval: \d+s/, "scrape_interval: 1s")
    .replace(/batch_send_deadline: \d+s/, "batch_send_deadline: 1s");
  writeFileSync(join(dir, "agent.yml"), config);
  mkdirSync(join(dir, "wal"));
  return prometheus(
    [
      "--enable-feature=agent,expand-external-labels",
      `--config.file=${join(dir, "agent.yml")}`,
      `--storage.agent.path=${join(dir, "wal")}`,
    ],
    { KIOSK_ID: kioskId },
  );
}

let kiosks: TestAgent[] = [];
const running: Running[] = [];
let central: Running;

beforeAll(async () => {
  kiosks = [await startTestAgent(), await startTestAgent()];
  central = await startCentral();
  running.push(central);
  running.push(await startKioskPrometheus("kiosk-a", kiosks[0]?.url ?? "", central.url));
  running.push(await startKioskPrometheus("kiosk-b", kiosks[1]?.url ?? "", central.url));
}, 90_000);
afterAll(async () => {
  for (const process of running.reverse()) await process.stop();
  for (const kiosk of kiosks) await kiosk.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function series(promql: string): Promise<Array<Record<string, string>>> {
  const response = await fetch(`${central.url}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await response.json()) as { data: { result: Array<{ metric: Record<string, string> }> } };
  return body.data.result.map((r) => r.metric);
}

describe("fleet metrics through Prometheus agent mode and remote write", () => {
  it("finds both kiosks' series in the central Prometheus, labelled by kiosk_id", async () => {
    const info = await eventually(
      () => series("kiosk_agent_info"),
      (found) => new Set(found.map((m) => m.kiosk_id)).size === 2,
      60_000,
    );
    expect(info.map((m) => m.kiosk_id).sort()).toEqual(["kiosk-a", "kiosk-b"]);
    expect(info.every((m) => m.job === "kiosk-agent")).toBe(true);
    const up = await series('up{job="kiosk-agent"} == 1');
    expect(up.map((m) => m.kiosk_id).sort()).toEqual(["kiosk-a", "kiosk-b"]);
  }, 90_000);

  it("evaluates the kiosk alerts centrally, per kiosk", async () => {
    const body = (await (await fetch(`${central.url}/api/v1/rules`)).json()) as {
      data: { groups: Array<{ rules: Array<{ name: string; health: string }> }> };
    };
    const rules = body.data.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.name)).toEqual(expect.arrayContaining(["KioskSilent", "PaymentsStuckPending"]));
    expect(rules.filter((r) => r.health === "err")).toEqual([]);
    // A per-kiosk aggregation keeps the kiosks apart.
    const perKiosk = await series(
      'max by (kiosk_id, instance) (payments_oldest_pending_age_seconds{job="kiosk-agent"})',
    );
    expect(new Set(perKiosk.map((m) => m.kiosk_id))).toEqual(new Set(["kiosk-a", "kiosk-b"]));
  }, 30_000);
});
