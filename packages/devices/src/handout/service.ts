import { deviceHandouts, sessions, systemActor, type DbOrTx, type DeviceHandoutRow } from "@kiosk/db";
import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { DevicesDeps } from "../deps";
import { DeviceError } from "../errors";
import { pause } from "../link-keeper";
import { announceHandout } from "./announce";
import type { HandedDevice, HandoutView } from "./schemas";

/** How long a handout waits for the locker board to answer before the visit fails with the board's fault. */
const BOARD_WAIT_MS = 10_000;
/** Between tries while the board is away during a return (an RS-485 adapter replugged). */
const RETURN_RETRY_MS = 1_000;

export const toHandoutView = (row: DeviceHandoutRow): HandoutView => ({
  device: row.device,
  cell: row.cell,
  state: row.state,
});

/** The session's handout of a device, as the visit's views carry it; null without a locker. */
export function handoutOf(db: DbOrTx, sessionId: string, device: HandedDevice): HandoutView | null {
  const row = findHandout(db, sessionId, device);
  return row ? toHandoutView(row) : null;
}

/**
 * Hands the customer a device: pulses its cell and waits for the door sensor
 * to show it open (`devices.locker.openTimeoutMs`). A jam fails with
 * LOCKER_JAMMED and nothing handed out; a device already out (a retried scan)
 * is not opened for again. Without a locker it does nothing. Each change is
 * announced (announce.ts), so the visit's progress stream shows it.
 */
export async function handOut(
  deps: DevicesDeps,
  sessionId: string,
  device: HandedDevice,
  signal: AbortSignal,
): Promise<void> {
  const notify = () => announceHandout(deps, sessionId, device);
  const { locker, lockerSettings } = deps;
  if (locker.status().driver === "none") return;
  const current = findHandout(deps.db, sessionId, device);
  if (current && current.state !== "opening" && current.state !== "jammed") return;
  const cell = lockerSettings.cells[device];
  const now = deps.clock.now();
  const row = current
    ? update(deps, current.id, { state: "opening", openedAt: now })
    : deps.db
        .insert(deviceHandouts)
        .values({ id: deps.ids("hnd"), sessionId, device, cell, state: "opening", openedAt: now })
        .returning()
        .get();
  notify();
  try {
    if (!(await locker.whenReady(BOARD_WAIT_MS, signal))) {
      signal.throwIfAborted();
      throw new DeviceError(locker.status().error ?? "NO_ADAPTER", "the locker board does not answer");
    }
    await locker.open(row.cell, { openTimeoutMs: lockerSettings.openTimeoutMs, signal });
  } catch (error) {
    if (error instanceof DeviceError && error.code === "LOCKER_JAMMED") {
      deps.db.transaction((tx) => {
        update(deps, row.id, { state: "jammed", endedAt: deps.clock.now() }, tx);
        deps.audit(tx, auditOf(row, "locker.jammed", deps.clock.now(), { message: error.message }));
      });
    }
    // Anything else (the board away, a stop) leaves it `opening`: a retry opens again, and
    // if the customer walks away the housekeeping asks the cell back (the pulse may have gone out).
    notify();
    throw error;
  }
  deps.db.transaction((tx) => {
    update(deps, row.id, { state: "out" }, tx);
    deps.audit(tx, auditOf(row, "device.handed_out", deps.clock.now()));
  });
  notify();
}

/**
 * The service is over: the device goes back. Marks the handout returning (at
 * once, so the view the caller publishes next already asks for the device)
 * and watches the door in the background until it is closed or
 * `devices.locker.returnTimeoutMs` has passed. Nothing waits for it: the
 * customer's report is never held back for a device.
 */
export function takeBack(deps: DevicesDeps, sessionId: string, device: HandedDevice): void {
  const row = findHandout(deps.db, sessionId, device);
  if (!row || (row.state !== "out" && row.state !== "opening")) return;
  const returning = update(deps, row.id, {
    state: "returning",
    returnBy: deps.clock.now() + deps.lockerSettings.returnTimeoutMs,
  });
  watchReturn(deps, returning);
  announceHandout(deps, sessionId, device);
}

/** Returns cut short by the last stop are watched again, for what is left of their time. */
export function resumeReturns(deps: DevicesDeps): number {
  const rows = deps.db.select().from(deviceHandouts).where(eq(deviceHandouts.state, "returning")).all();
  for (const row of rows) watchReturn(deps, row);
  return rows.length;
}

/**
 * A device out with a customer whose session ended without finishing (a failed
 * scan abandoned, a timeout): it is asked back like any other. The agent runs
 * this now and then.
 */
export function reclaimAbandoned(deps: DevicesDeps): number {
  const rows = deps.db
    .select({ sessionId: deviceHandouts.sessionId, device: deviceHandouts.device })
    .from(deviceHandouts)
    .innerJoin(sessions, eq(sessions.id, deviceHandouts.sessionId))
    .where(and(inArray(deviceHandouts.state, ["out", "opening"]), ne(sessions.status, "active")))
    .all();
  for (const row of rows) takeBack(deps, row.sessionId, row.device);
  return rows.length;
}

/** Stops every return watch (shutdown); their rows stay `returning` and resume at the next start. */
export async function stopReturns(deps: DevicesDeps): Promise<void> {
  const watches = [...deps.returnsUnderWay.values()];
  for (const watch of watches) watch.controller.abort();
  await Promise.all(watches.map((watch) => watch.done));
}

function watchReturn(deps: DevicesDeps, row: DeviceHandoutRow): void {
  if (deps.returnsUnderWay.has(row.id)) return;
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, deps.shutdownSignal]);
  const done = waitForReturn(deps, row, signal)
    .then((returned) => {
      if (returned === null) return;
      const now = deps.clock.now();
      deps.db.transaction((tx) => {
        const ended = tx
          .update(deviceHandouts)
          .set({ state: returned ? "returned" : "not_returned", endedAt: now })
          .where(and(eq(deviceHandouts.id, row.id), eq(deviceHandouts.state, "returning")))
          .returning()
          .get();
        if (ended) deps.audit(tx, auditOf(row, returned ? "device.returned" : "device.not_returned", now));
      });
      if (!returned) {
        deps.metrics.devicesNotReturned.inc({ device: row.device });
        deps.log?.(new Error(`the ${row.device} was not returned to cell ${row.cell}`), "device not returned");
      }
      announceHandout(deps, row.sessionId, row.device);
    })
    .catch((error: unknown) => deps.log?.(error, "watching a device's return failed"))
    .finally(() => deps.returnsUnderWay.delete(row.id));
  deps.returnsUnderWay.set(row.id, { controller, done });
}

/**
 * True once the door is seen closed, false when the time is up with it open,
 * null when stopped. A closed door is opened first (the customer shut it after
 * taking the device). The board going away meanwhile is waited out.
 */
async function waitForReturn(deps: DevicesDeps, row: DeviceHandoutRow, signal: AbortSignal): Promise<boolean | null> {
  const { locker, lockerSettings } = deps;
  const returnBy = row.returnBy ?? deps.clock.now() + lockerSettings.returnTimeoutMs;
  let opened = false;
  while (!signal.aborted) {
    const left = returnBy - deps.clock.now();
    if (left <= 0) return false;
    try {
      if (!opened) {
        await locker.open(row.cell, { openTimeoutMs: lockerSettings.openTimeoutMs, signal });
        opened = true;
      }
      return await locker.waitClosed(row.cell, { timeoutMs: left, signal });
    } catch (error) {
      if (signal.aborted) return null;
      // A cell that will not open cannot take the device back: the operator is called at once.
      if (error instanceof DeviceError && error.code === "LOCKER_JAMMED") return false;
      deps.log?.(error, "the locker failed during a return");
      await pause(Math.min(RETURN_RETRY_MS, left), signal);
    }
  }
  return null;
}

/**
 * Why a device cannot be sold now: its cell jammed, or the last customer did
 * not bring it back, and no operator has opened the cell since. Null when it can.
 */
export function handoutBlock(db: DbOrTx, device: HandedDevice): "LOCKER_JAMMED" | "DEVICE_NOT_RETURNED" | null {
  const blocked = db
    .select({ state: deviceHandouts.state })
    .from(deviceHandouts)
    .where(
      and(
        eq(deviceHandouts.device, device),
        inArray(deviceHandouts.state, ["jammed", "not_returned"]),
        isNull(deviceHandouts.resolvedAt),
      ),
    )
    .orderBy(desc(deviceHandouts.openedAt))
    .get();
  if (!blocked) return null;
  return blocked.state === "jammed" ? "LOCKER_JAMMED" : "DEVICE_NOT_RETURNED";
}

/** An operator opened the cell: what jammed or was not returned there is seen to, and the service is on sale again. */
export function resolveCell(deps: DevicesDeps, cell: number): number {
  const resolved = deps.db
    .update(deviceHandouts)
    .set({ resolvedAt: deps.clock.now() })
    .where(
      and(
        eq(deviceHandouts.cell, cell),
        inArray(deviceHandouts.state, ["jammed", "not_returned"]),
        isNull(deviceHandouts.resolvedAt),
      ),
    )
    .run().changes;
  if (resolved > 0) for (const listener of [...deps.handoutListeners]) listener();
  return resolved;
}

function findHandout(db: DbOrTx, sessionId: string, device: HandedDevice): DeviceHandoutRow | undefined {
  return db
    .select()
    .from(deviceHandouts)
    .where(and(eq(deviceHandouts.sessionId, sessionId), eq(deviceHandouts.device, device)))
    .get();
}

function update(
  deps: DevicesDeps,
  id: string,
  set: Partial<Pick<DeviceHandoutRow, "state" | "openedAt" | "returnBy" | "endedAt">>,
  tx: DbOrTx = deps.db,
): DeviceHandoutRow {
  const row = tx.update(deviceHandouts).set(set).where(eq(deviceHandouts.id, id)).returning().get();
  if (!row) throw new Error(`handout ${id} is gone`);
  return row;
}

function auditOf(
  row: DeviceHandoutRow,
  event: "device.handed_out" | "device.returned" | "device.not_returned" | "locker.jammed",
  at: number,
  extra: Record<string, unknown> = {},
) {
  return {
    actor: systemActor,
    event,
    entityType: "handout" as const,
    entityId: row.id,
    details: { sessionId: row.sessionId, device: row.device, cell: row.cell, ...extra },
    at,
  };
}
