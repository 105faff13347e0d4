/**
 * pnpm bench: every figure of the agent's performance beside its anchor, in one
 * run on this machine. Throughput runs are interleaved and repeated (medians);
 * the load generator always runs in a process of its own. The A/B (ab.ts) builds
 * the agent once per swapped part and measures each build at the agent. `--short` is the quick
 * version CI runs to prove the bench works; it prints figures and fails on none.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../test/harness";
import { abPlan, measureAb } from "./ab";
import { load, median, repoRoot, rssMiB, runScript, startAgent, startAnchor, type AgentProcess } from "./processes";

const short = process.argv.includes("--short");
const rounds = short ? 1 : 3;
const seconds = short ? 1.5 : 5;
const seeded = short ? 10_000 : 100_000;
const operatorToken = "bench-operator-token-0123456789";

interface Row {
  figure: string;
  value: string;
  anchor: string;
  ratio: string;
  target: string;
}
const rows: Row[] = [];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const row = (figure: string, value: string, anchor = "", ratio = "", target = "") => {
  rows.push({ figure, value, anchor, ratio, target });
  console.error(`bench: ${figure}: ${value}${anchor ? ` (anchor ${anchor})` : ""}`);
};
/** Every storage folder the run makes, removed at its end so runs do not fill /tmp. */
const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `kiosk-bench-${name}-`));
  temps.push(dir);
  return dir;
};

// Never measure yesterday's bundle.
execFileSync("bash", [join(repoRoot, "scripts/build-if-stale.sh")], { stdio: "inherit" });

// Throughput: the anchors and the agent, interleaved.
const storage = temp("agent");
const agent = await startAgent(await freePort(), storage, { OPERATOR_API_TOKEN: operatorToken });
const session = (await (
  await fetch(`${agent.url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
  })
).json()) as { id: string };
const anchors = { raw: await startAnchor("raw"), stock: await startAnchor("stock"), fast: await startAnchor("fast") };
const minimal = `/get?input=${encodeURIComponent(JSON.stringify({ id: "ses_1" }))}`;
const minimalBatch = `/get,get,get?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { id: "a" }, 1: { id: "b" }, 2: { id: "c" } }))}`;
const superjsonId = { json: { id: session.id } };
const variants: Record<string, string> = {
  raw: `${anchors.raw.url}/`,
  stock: `${anchors.stock.url}${minimal}`,
  fast: `${anchors.fast.url}${minimal}`,
  fastBatch: `${anchors.fast.url}${minimalBatch}`,
  agentTrpc: `${agent.url}/trpc/sessions.get?input=${encodeURIComponent(JSON.stringify(superjsonId))}`,
  agentTrpcBatch: `${agent.url}/trpc/sessions.get,sessions.get,sessions.get?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: superjsonId, 1: superjsonId, 2: superjsonId }))}`,
  agentRest: `${agent.url}/api/sessions/${session.id}`,
};
const rps: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const url of Object.values(variants)) await load({ url, connections: 50, durationSeconds: 0.5 }); // warm
for (let round = 0; round < rounds; round++) {
  for (const [name, url] of Object.entries(variants)) {
    const result = await load({ url, connections: 50, durationSeconds: seconds });
    if (result.non2xx + result.errors > 0)
      throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    rps[name]?.push(result.rps);
  }
}
const m = Object.fromEntries(Object.entries(rps).map(([k, v]) => [k, median(v)])) as Record<string, number>;
const r = (a: number, b: number) => (b > 0 ? fmt(a / b, 2) : "-");
row("raw node:http (anchor)", `${fmt(m.raw ?? 0)} req/s`);
row("stock adapter, minimal router", `${fmt(m.stock ?? 0)} req/s`, "raw", r(m.stock ?? 0, m.raw ?? 0));
row("@kiosk/trpc-node, same router", `${fmt(m.fast ?? 0)} req/s`, "stock", r(m.fast ?? 0, m.stock ?? 0));
row("@kiosk/trpc-node, batch of 3", `${fmt(m.fastBatch ?? 0)} req/s`, "stock", r(m.fastBatch ?? 0, m.stock ?? 0));
row(
  "agent /trpc sessions.get",
  `${fmt(m.agentTrpc ?? 0)} req/s`,
  "stock",
  r(m.agentTrpc ?? 0, m.stock ?? 0),
  ">= 5x stock",
);
row(
  "agent /trpc sessions.get",
  `${fmt(m.agentTrpc ?? 0)} req/s`,
  "raw",
  r(m.agentTrpc ?? 0, m.raw ?? 0),
  ">= 0.30 of raw",
);
row(
  "agent /trpc batch of 3 sessions.get",
  `${fmt(m.agentTrpcBatch ?? 0)} req/s`,
  "agent /trpc",
  r(m.agentTrpcBatch ?? 0, m.agentTrpc ?? 0),
);
row(
  "agent REST GET /api/sessions/:id",
  `${fmt(m.agentRest ?? 0)} req/s`,
  "agent /trpc",
  r(m.agentRest ?? 0, m.agentTrpc ?? 0),
);
for (const anchor of Object.values(anchors)) await anchor.stop();

// A/B at the agent: each of its own parts over tRPC against the whole agent without it.
const plan = abPlan();
const ab = await measureAb(plan.variants, { rounds: short ? 1 : 7, seconds });
for (const [key, label] of Object.entries(plan.labels)) {
  const { rps, cpuUs } = ab[key] ?? { rps: [], cpuUs: [] };
  row(
    `A/B ${label}`,
    `${fmt(median(rps))} req/s (${fmt(Math.min(...rps))}-${fmt(Math.max(...rps))}), ${fmt(median(cpuUs))} µs CPU`,
  );
}
for (const { label, over, under, target } of plan.comparisons) {
  const [a, b] = [ab[over], ab[under]];
  if (!a || !b) continue;
  const perRound = a.rps.map((value, i) => fmt(value / (b.rps[i] ?? Number.NaN), 2)).join(" ");
  console.error(`bench: A/B ${label}: per round ${perRound}`);
  row(
    `A/B ${label}`,
    "",
    `(${under})`,
    `${r(median(a.rps), median(b.rps))} (CPU ${r(median(b.cpuUs), median(a.cpuUs))})`,
    target,
  );
}

// Durable session create: the agent over HTTP against better-sqlite3 alone, both synchronous=FULL.
const creates: number[] = [];
const rawCreates: number[] = [];
for (let round = 0; round < rounds; round++) {
  const created = await load({
    url: `${agent.url}/api/sessions`,
    method: "POST",
    connections: 10,
    durationSeconds: seconds,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
  });
  creates.push(created.rps);
  rawCreates.push((await runScript<{ perSecond: number }>("./raw-sqlite.ts", [String(seconds)])).perSecond);
}
row(
  "durable session create (HTTP, FULL)",
  `${fmt(median(creates))} /s`,
  `raw better-sqlite3 ${fmt(median(rawCreates))} /s`,
  r(median(creates), median(rawCreates)),
  ">= 0.50",
);

// Memory: idle, then after 20k and 100k requests.
const idleAgent = await restartFresh(agent);
await new Promise((resolve) => setTimeout(resolve, 2_000));
const idleRss = rssMiB(idleAgent.pid);
const idleSession = await newSession(idleAgent);
const getUrl = `${idleAgent.url}/trpc/sessions.get?input=${encodeURIComponent(JSON.stringify({ json: { id: idleSession } }))}`;
await load({ url: getUrl, connections: 50, amount: short ? 5_000 : 20_000 });
const rss20k = rssMiB(idleAgent.pid);
await load({ url: getUrl, connections: 50, amount: short ? 20_000 : 80_000 });
const rss100k = rssMiB(idleAgent.pid);
row("RSS idle", `${fmt(idleRss, 1)} MiB`, "", "", "<= 90 MiB");
row(
  `RSS after ${short ? "5k" : "20k"} / ${short ? "25k" : "100k"} requests`,
  `${fmt(rss20k, 1)} / ${fmt(rss100k, 1)} MiB`,
  "",
  r(rss100k, rss20k),
  "<= 1.20",
);
await idleAgent.stop();

// Cold start to /readyz on fresh storage: the first start (empty V8 compile cache) and a restart.
const cache = temp("compile-cache");
const first: number[] = [];
const warm: number[] = [];
for (let i = 0; i < (short ? 1 : 3); i++) {
  rmSync(cache, { recursive: true, force: true });
  for (const into of [first, warm]) {
    const fresh = temp("cold");
    const started = await startAgent(await freePort(), fresh, { NODE_COMPILE_CACHE: cache });
    into.push(started.readyMs);
    await started.stop();
    rmSync(fresh, { recursive: true, force: true });
  }
}
row("cold start to /readyz, first start", `${fmt(median(first))} ms`, "", "", "<= 600 ms");
row("cold start to /readyz, compile cache warm", `${fmt(median(warm))} ms`);

// The operator list and /metrics on a busy database against an empty one.
const busy = temp("busy");
execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "apps/agent/bench/seed.ts"), busy, String(seeded)], {
  cwd: repoRoot,
});
const busyAgent = await startAgent(await freePort(), busy, { OPERATOR_API_TOKEN: operatorToken });
const emptyAgent = await startAgent(await freePort(), temp("empty"), { OPERATOR_API_TOKEN: operatorToken });
const latency = async (url: string) => {
  const times: number[] = [];
  for (let i = 0; i < (short ? 30 : 200); i++) {
    const started = performance.now();
    const answer = await fetch(url, { headers: { authorization: `Bearer ${operatorToken}` } });
    await answer.arrayBuffer();
    if (!answer.ok) throw new Error(`${url}: ${answer.status}`);
    times.push(performance.now() - started);
  }
  return median(times.slice(5));
};
const list = "/api/sessions?limit=50";
const listBusy = await latency(`${busyAgent.url}${list}`);
const listEmpty = await latency(`${emptyAgent.url}${list}`);
const pageTwo = (await (
  await fetch(`${busyAgent.url}${list}&status=completed`, { headers: { authorization: `Bearer ${operatorToken}` } })
).json()) as { nextCursor: string };
const filteredBusy = await latency(
  `${busyAgent.url}${list}&status=completed&type=thickness&cursor=${encodeURIComponent(pageTwo.nextCursor)}`,
);
const metricsBusy = await latency(`${busyAgent.url}/metrics`);
const metricsEmpty = await latency(`${emptyAgent.url}/metrics`);
row(
  `operator list ?limit=50 at ${fmt(seeded)} sessions`,
  `${fmt(listBusy, 2)} ms`,
  `empty db ${fmt(listEmpty, 2)} ms`,
  r(listBusy, listEmpty),
  "<= 2x",
);
row(
  `  filtered, second page`,
  `${fmt(filteredBusy, 2)} ms`,
  `empty db ${fmt(listEmpty, 2)} ms`,
  r(filteredBusy, listEmpty),
);
row(
  `/metrics scrape at ${fmt(seeded)} sessions`,
  `${fmt(metricsBusy, 2)} ms`,
  `empty db ${fmt(metricsEmpty, 2)} ms`,
  r(metricsBusy, metricsEmpty),
);
await busyAgent.stop();
await emptyAgent.stop();

// A full OBD-II scan through the driver and a PTY, against the simulator's own time plus the wire's.
const scan = await runScript<{ scanMs: number; anchorMs: number; waitedMs: number; wireMs: number; bytes: number }>(
  join(repoRoot, "packages/devices/bench/scan.ts"),
  [short ? "1" : "3"],
);
row(
  "OBD-II scan, CAN 11-bit, 38400 baud, real chip delays",
  `${fmt(scan.scanMs)} ms`,
  `simulator ${fmt(scan.waitedMs)} ms + wire ${fmt(scan.wireMs)} ms (${fmt(scan.bytes)} bytes)`,
  r(scan.scanMs, scan.anchorMs),
  "<= 1.20x",
);

// A report's link: from its commit on the kiosk to the link answering 200 at the backoffice (PostgreSQL, loopback).
const links = await runScript<{
  reports: number;
  p50: number;
  p95: number;
  linkChars: number;
  sms: { chars: number; segments: number; encoding: string };
}>(join(repoRoot, "apps/backoffice/bench/report-link.ts"), [short ? "5" : "30"]);
row(
  `report link, commit to 200 at the backoffice (${links.reports} reports)`,
  `p50 ${fmt(links.p50)} / p95 ${fmt(links.p95)} ms`,
  "",
  "",
  "p95 < 2000 ms",
);
row(
  "SMS with the link",
  `${links.sms.chars} characters, ${links.sms.segments} ${links.sms.encoding.toUpperCase()} segments (link ${links.linkChars})`,
  "",
  "",
  "<= 2 segments",
);

// The fleet: ingest against raw PostgreSQL, then the console's queries on a seeded fleet (cached in .tmp/).
const fleetIngest = await runScript<{ batchSize: number; ingest: number; raw: number; ratio: number }>(
  join(repoRoot, "apps/backoffice/bench/ingest.ts"),
  short ? ["10", "1"] : ["50", "7"],
);
row(
  `fleet ingest, ${fleetIngest.batchSize}-event batches`,
  `${fmt(fleetIngest.ingest)} events/s`,
  `raw PostgreSQL ${fmt(fleetIngest.raw)} events/s`,
  fmt(fleetIngest.ratio, 2),
  ">= 0.50",
);
const fleetSize = short ? { kiosks: 50, events: 200_000 } : { kiosks: 1_000, events: 10_000_000 };
const fleetConsole = await runScript<{
  seed: { kiosks: number; events: number; seconds: number };
  fresh: boolean;
  cases: Array<{ name: string; p50: number; p95: number }>;
}>(join(repoRoot, "apps/backoffice/bench/console.ts"), [
  String(fleetSize.kiosks),
  String(fleetSize.events),
  short ? "10" : "40",
]);
const { seed: fleetSeed } = fleetConsole;
row(
  `fleet seed, ${fmt(fleetSeed.kiosks)} kiosks`,
  `${fmt(fleetSeed.events)} events in ${fmt(fleetSeed.seconds)} s${fleetConsole.fresh ? "" : " (cached)"}`,
);
for (const query of fleetConsole.cases) {
  row(`console ${query.name}`, `p50 ${fmt(query.p50, 1)} / p95 ${fmt(query.p95, 1)} ms`, "", "", "p95 < 100 ms");
}

// PDFs, and the event loop while the sweep expires a backlog.
const pdf = await runScript<{
  diagnostics: { p50: number; p95: number };
  bareDiagnostics: { p50: number };
  thickness: { p50: number; p95: number };
  bareThickness: { p50: number };
  rss: { afterWarmMiB: number; afterReportsMiB: number; reports: number };
}>(join(repoRoot, "packages/reporting/bench/pdf.ts"), [short ? "20" : "100", short ? "100" : "1000"]);
row(
  "diagnostics PDF, 20 codes, warm",
  `p50 ${fmt(pdf.diagnostics.p50, 1)} / p95 ${fmt(pdf.diagnostics.p95, 1)} ms`,
  `bare pdfkit ${fmt(pdf.bareDiagnostics.p50, 1)} ms`,
  r(pdf.diagnostics.p50, pdf.bareDiagnostics.p50),
  "p50 <= 10 ms",
);
row(
  "thickness PDF, 60 zones, warm",
  `p50 ${fmt(pdf.thickness.p50, 1)} / p95 ${fmt(pdf.thickness.p95, 1)} ms`,
  `bare pdfkit ${fmt(pdf.bareThickness.p50, 1)} ms`,
  r(pdf.thickness.p50, pdf.bareThickness.p50),
  "p50 <= 15 ms",
);
row(
  `RSS over ${pdf.rss.reports} reports`,
  `${fmt(pdf.rss.afterWarmMiB, 1)} -> ${fmt(pdf.rss.afterReportsMiB, 1)} MiB`,
  "",
  r(pdf.rss.afterReportsMiB, pdf.rss.afterWarmMiB),
  "flat",
);
const sweep = await runScript<{ expired: number; tookMs: number; longestBlockMs: number }>("./sweep.ts", ["3000"]);
row(
  `longest event-loop block, sweep of ${sweep.expired} overdue sessions`,
  `${fmt(sweep.longestBlockMs, 1)} ms`,
  `sweep took ${fmt(sweep.tookMs)} ms`,
  "",
  "<= 50 ms",
);

await agent.stop();
rmSync(storage, { recursive: true, force: true });

const widths = (key: keyof Row) => Math.max(key.length, ...rows.map((x) => x[key].length));
const line = (x: Row) =>
  `| ${(["figure", "value", "anchor", "ratio", "target"] as const).map((k) => x[k].padEnd(widths(k))).join(" | ")} |`;
console.log(
  `\nkiosk-agent bench (${short ? "short" : "full"}; Node ${process.version}, ${rounds} round(s), medians)\n`,
);
console.log(line({ figure: "figure", value: "value", anchor: "anchor", ratio: "ratio", target: "target" }));
console.log(
  `|${(["figure", "value", "anchor", "ratio", "target"] as const).map((k) => "-".repeat(widths(k) + 2)).join("|")}|`,
);
for (const x of rows) console.log(line(x));
for (const dir of temps) rmSync(dir, { recursive: true, force: true });

async function restartFresh(running: AgentProcess): Promise<AgentProcess> {
  await running.stop();
  return startAgent(await freePort(), temp("idle"));
}

async function newSession(target: AgentProcess): Promise<string> {
  const answer = await fetch(`${target.url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
  });
  return ((await answer.json()) as { id: string }).id;
}
