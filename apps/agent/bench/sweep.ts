/**
 * The longest the event loop is blocked while the housekeeping sweep expires
 * `count` sessions that went overdue while the kiosk was off.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { ManualClock, parseConfig, sequentialIds } from "@kiosk/core";
import { createAudit, createDb } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import { createSession, sessionStatements, sweepSessions, type SessionDeps } from "@kiosk/sessions";

const count = Number(process.argv[2] ?? "3000");
const handle = createDb(":memory:");
const clock = new ManualClock(Date.now());
const deps: SessionDeps = {
  db: handle.db,
  clock,
  ids: sequentialIds(),
  config: parseConfig({}, {}).sessions,
  metrics: createMetrics(),
  audit: createAudit(handle.db),
  contactOptional: () => false,
  statements: sessionStatements(handle.db),
};
for (let i = 0; i < count; i++) {
  createSession({
    ctx: { deps, actor: { kind: "kiosk" } },
    input: { type: "thickness", contact: { phone: "+79001234567" }, ttlMs: 600_000 },
  });
}
clock.advance(3_600_000); // the kiosk was off for an hour
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
// Gaps between turns of the loop, measured directly as well: the histogram's resolution is 1 ms.
let longest = 0;
let last = performance.now();
let ticking = true;
const tick = () => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
  if (ticking) setImmediate(tick);
};
setImmediate(tick);
const started = performance.now();
const { expired } = await sweepSessions(deps);
const tookMs = performance.now() - started;
ticking = false;
delay.disable();
handle.close();
process.stdout.write(
  `${JSON.stringify({ expired, tookMs, longestBlockMs: longest, histogramMaxMs: delay.max / 1e6 })}\n`,
);
