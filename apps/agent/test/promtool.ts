import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../../..");

/** Runs promtool (from Debian's prometheus package, installed by scripts/test.sh); returns its output or throws with it. */
export function promtool(args: string[], input?: string): string {
  try {
    return execFileSync("promtool", args, { cwd: repoRoot, input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Every metric name a scrape declares, with the series names a histogram or summary adds. */
export function exportedSeriesNames(scrape: string): Set<string> {
  const names = new Set<string>();
  for (const match of scrape.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    const [, name = "", type] = match;
    names.add(name);
    if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(`${name}${suffix}`);
    if (type === "summary") for (const suffix of ["_sum", "_count"]) names.add(`${name}${suffix}`);
  }
  return names;
}

/** Metric names a PromQL expression selects (written `name{...}` throughout the repo's files). */
export const selectedMetricNames = (expr: string) =>
  [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((m) => m[1] ?? "");

/** Checks that PromQL expressions parse, by handing them to promtool as recording rules. */
export function checkExpressionsParse(exprs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "promql-"));
  const file = join(dir, "rules.yml");
  const rules = exprs
    .map((expr, i) => `      - record: dashboard:expr_${i}\n        expr: ${JSON.stringify(expr)}`)
    .join("\n");
  writeFileSync(file, `groups:\n  - name: dashboard\n    rules:\n${rules}\n`);
  return promtool(["check", "rules", file]);
}
