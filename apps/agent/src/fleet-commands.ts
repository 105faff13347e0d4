import type { InnerContext } from "@kiosk/api";
import {
  beginFleetCommand,
  finishFleetCommand,
  interruptedFleetCommands,
  keepFleetCredential,
  markFleetCommandReported,
  reportFleetCommandAgain,
  unreportedFleetCommands,
  type FleetCommandRow,
} from "@kiosk/db";
import {
  fetchCommands,
  reportCommandResult,
  rotatedCredential,
  type CommandResultRequest,
} from "@kiosk/fleet-contract";
import { newFleetCredential } from "./fleet-enroll";
import { runOperatorCommand, type CommandOutcome } from "./fleet-commands-run";
import type { FleetWorkerDeps } from "./fleet-worker";

/** Results reported per pass at most: a long offline stretch's go over a few passes. */
const RESULTS_PER_PASS = 50;

/** Kinds whose second run does nothing the first did not (the refund by its key, the rest by state). */
const safeToRunAgain = new Set(["refund", "redeliver", "resend_link", "expire_session"]);

/**
 * A command the agent died during. A refund runs again (its key makes it the
 * same refund at the provider); redeliveries, resends and expiries do again
 * what is left to do; a cell is never opened twice by itself: the operator is
 * told to look.
 */
function resumed(inner: InnerContext, row: FleetCommandRow): Promise<CommandOutcome> {
  if (safeToRunAgain.has(row.kind)) return runOperatorCommand(inner, row);
  const error =
    row.kind === "open_cell"
      ? "interrupted: the agent stopped while opening the cell; check the cell before sending it again"
      : `interrupted: the agent stopped during ${row.kind}`;
  return Promise.resolve({ status: "failed", error });
}

const bodyOf = (row: FleetCommandRow): CommandResultRequest => ({
  status: row.status === "done" ? "done" : "failed",
  ...(row.result ? { result: row.result } : {}),
  ...(row.error ? { error: row.error } : {}),
});

/**
 * A rotation's result is the new credential, presented with the old one. If
 * the old one is refused, the backoffice took the new one already (its
 * answer was lost): the same result is presented with the new one. The kiosk
 * pushes with the new credential only once the backoffice answered it `done`
 * (it took it); refused (404, 409) or answered `failed` (no credential row to
 * put it in), the kiosk keeps the old one and the rotation is set aside, so
 * the results behind it still go. The secret is not kept in the command's row.
 */
async function reportRotation(deps: FleetWorkerDeps, row: FleetCommandRow): Promise<void> {
  const { token } = rotatedCredential.parse(row.result);
  const call = (with_: string) =>
    reportCommandResult({ url: deps.config.url, token: with_, timeoutMs: deps.config.timeoutMs }, row.id, bodyOf(row));
  let answer = await call(deps.config.token);
  if (!answer.ok && (answer.status === 401 || answer.status === 403)) answer = await call(token);
  const now = deps.clock.now();
  if (answer.ok && answer.answer.status === "done") {
    deps.db.transaction((tx) => {
      keepFleetCredential(tx, deps.config.kioskId, token, now);
      markFleetCommandReported(tx, row.id, now, { rotated: true });
    });
    deps.config.token = token;
    return;
  }
  if (!answer.ok && answer.status !== 404 && answer.status !== 409) {
    throw new Error(`the rotation's result was not taken: ${answer.code}: ${answer.message}`);
  }
  const refusal = answer.ok ? "the backoffice did not take the new credential" : `${answer.code}: ${answer.message}`;
  markFleetCommandReported(deps.db, row.id, now, { rotated: false, refusal });
  deps.onCommandRefused?.(row.id, row.kind, refusal);
}

/**
 * Reports every finished command the backoffice does not have yet. One it
 * will never take (unknown to it, or holding another result) is set aside
 * as reported, and told; anything else is tried again next pass.
 */
async function reportResults(deps: FleetWorkerDeps): Promise<number> {
  let reported = 0;
  for (const row of unreportedFleetCommands(deps.db, RESULTS_PER_PASS)) {
    if (row.kind === "rotate_credential" && row.status === "done") {
      await reportRotation(deps, row);
      reported++;
      continue;
    }
    const answer = await reportCommandResult(
      { url: deps.config.url, token: deps.config.token, timeoutMs: deps.config.timeoutMs },
      row.id,
      bodyOf(row),
    );
    if (!answer.ok && answer.status !== 404 && answer.status !== 409) {
      throw new Error(`the result of command ${row.id} was not taken: ${answer.code}: ${answer.message}`);
    }
    markFleetCommandReported(deps.db, row.id, deps.clock.now());
    if (!answer.ok) deps.onCommandRefused?.(row.id, row.kind, `${answer.code}: ${answer.message}`);
    reported++;
  }
  return reported;
}

const expiredError = (expiresAt: number, now: number) =>
  `expired: not run, it expired ${Math.round((now - expiresAt) / 60_000)} min before this kiosk had it`;

/** Runs one newly fetched command; it is `running` in SQLite before it acts. */
async function runFresh(deps: FleetWorkerDeps, inner: InnerContext, row: FleetCommandRow): Promise<void> {
  // A rotation's new credential is made and kept in SQLite before anyone sees it.
  const outcome: CommandOutcome =
    row.kind === "rotate_credential"
      ? { status: "done", result: { token: newFleetCredential() } }
      : await runOperatorCommand(inner, row);
  finishFleetCommand(deps.db, row.id, outcome, deps.clock.now());
}

/**
 * The fleet worker's command step: finishes what the agent died during,
 * reports the results the backoffice has not taken, fetches the pending
 * commands and runs each once by its id (one fetched again that already ran
 * has its result reported again, never a second run), and reports them.
 * Returns how many results the backoffice took.
 */
export async function runFleetCommands(
  deps: FleetWorkerDeps,
  inner: InnerContext,
  signal?: AbortSignal,
): Promise<number> {
  for (const row of interruptedFleetCommands(deps.db)) {
    finishFleetCommand(deps.db, row.id, await resumed(inner, row), deps.clock.now());
  }
  let reported = await reportResults(deps);
  const fetched = await fetchCommands({
    url: deps.config.url,
    token: deps.config.token,
    timeoutMs: deps.config.timeoutMs,
  });
  if (!fetched.ok) throw new Error(`the commands could not be fetched: ${fetched.code}: ${fetched.message}`);
  for (const command of fetched.answer.commands) {
    if (signal?.aborted) break;
    const now = deps.clock.now();
    // Past its expiry it is recorded failed in the same transaction it is recorded in: never run, even after a crash.
    const { row, fresh } = deps.db.transaction((tx) => {
      const begun = beginFleetCommand(tx, command, now);
      if (begun.fresh && now >= command.expiresAt) {
        finishFleetCommand(tx, command.id, { status: "failed", error: expiredError(command.expiresAt, now) }, now);
        return { ...begun, fresh: false };
      }
      return begun;
    });
    if (fresh) await runFresh(deps, inner, row);
    else reportFleetCommandAgain(deps.db, row.id);
  }
  reported += await reportResults(deps);
  return reported;
}
