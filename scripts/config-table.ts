/**
 * Writes the README's configuration table from the config schema (keys, env
 * variables, defaults, meanings): `pnpm docs:config`. A test fails when the
 * README and the schema differ.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configTableMarkers, configTableRows } from "../packages/core/src/config/reference";

const { start: tableStart, end: tableEnd } = configTableMarkers;

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const text = readFileSync(readme, "utf8");
const start = text.indexOf(tableStart);
const end = text.indexOf(tableEnd);
if (start < 0 || end < start) throw new Error(`README.md has no ${tableStart} ... ${tableEnd} block`);
const table = configTableRows().join("\n");
writeFileSync(readme, `${text.slice(0, start + tableStart.length)}\n\n${table}\n\n${text.slice(end)}`);
execFileSync("pnpm", ["exec", "prettier", "--write", readme], { stdio: "ignore" });
console.log(`README.md: ${configTableRows().length} configuration keys`);
