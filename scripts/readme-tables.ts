/**
 * Writes the README's generated tables: the configuration (from the config
 * schema) and the REST paths (from the router's meta.rest). `pnpm docs:tables`;
 * a test fails when the README and the code differ.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { agentAdapters, configAdapters } from "../apps/agent/src/adapters";
import { agentRestRoutes, restTableMarkers, restTableRows } from "../apps/agent/src/http/routes";
import { configTableMarkers, configTableRows } from "../packages/core/src/config/reference";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));

function replaceBlock(text: string, markers: { start: string; end: string }, rows: string[]): string {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`README.md has no ${markers.start} ... ${markers.end} block`);
  return `${text.slice(0, start + markers.start.length)}\n\n${rows.join("\n")}\n\n${text.slice(end)}`;
}

const routes = agentRestRoutes(() => Promise.reject(new Error("the table needs no webhook")));
let text = readFileSync(readme, "utf8");
// The built-in payment providers and channels declare their own keys: the table shows them beside the core ones.
const configRows = configTableRows(configAdapters(agentAdapters()));
text = replaceBlock(text, configTableMarkers, configRows);
text = replaceBlock(text, restTableMarkers, restTableRows(routes));
writeFileSync(readme, text);
execFileSync("pnpm", ["exec", "prettier", "--write", readme], { stdio: "ignore" });
console.log(`README.md: ${configRows.length - 2} configuration keys, ${routes.length} REST paths`);
