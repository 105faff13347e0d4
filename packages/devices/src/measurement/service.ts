import { badRequest, conflict, isVehicleType, notFound, parseInput, thicknessZone, type VerbArgs } from "@kiosk/core";
import { measurements, systemActor, type DbOrTx, type MeasurementRow } from "@kiosk/db";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { DevicesCtx, DevicesDeps } from "../deps";
import { DeviceError, faultOf, stopCause, type DeviceFault } from "../errors";
import { handOut, takeBack } from "../handout/service";
import { paidSessionFor } from "../paid-session";
import {
  measurementInput,
  remeasureInput,
  type GaugeNotice,
  type MeasuredZone,
  type MeasurementInput,
  type MeasurementView,
  type RemeasureInput,
} from "./schemas";
import { toMeasurementView } from "./view";

/** How long a measurement waits for the gauge to be there before it fails with the gauge's fault. */
const GAUGE_WAIT_MS = 30_000;
const running = ["waiting", "measuring"] as const;

/**
 * Starts the guided measurement of an active, paid thickness session and
 * answers at once: the gauge's cell opens, and once the gauge is there every
 * reading it sends fills the next zone. A measurement under way is answered
 * again (a double tap, a reload); a failed one continues with what it had.
 */
export function startMeasurement({ ctx, input: raw }: VerbArgs<DevicesCtx, MeasurementInput>): MeasurementView {
  const { deps, actor } = ctx;
  const input = parseInput(measurementInput, raw);
  const now = deps.clock.now();
  const { row, started } = deps.db.transaction((tx) => {
    const { session, paymentId } = paidSessionFor(tx, input.sessionId, "thickness", deps.requirePayment);
    const current = tx.select().from(measurements).where(eq(measurements.sessionId, session.id)).get();
    if (current && current.state !== "failed") return { row: current, started: false };
    // One customer at a kiosk: a measurement left open by another session gives way, so no reading goes to it.
    for (const other of tx
      .select()
      .from(measurements)
      .where(and(inArray(measurements.state, running), ne(measurements.sessionId, session.id)))
      .all()) {
      finish(
        deps,
        tx,
        other,
        { fault: { code: "INTERRUPTED", message: "another session's measurement started" } },
        now,
      );
    }
    const values = {
      state: "waiting" as const,
      driver: deps.gauge.status().driver,
      errorCode: null,
      errorMessage: null,
      endedAt: null,
    };
    const row = current
      ? tx.update(measurements).set(values).where(eq(measurements.id, current.id)).returning().get()
      : tx
          .insert(measurements)
          .values({
            ...values,
            id: deps.ids("msr"),
            sessionId: session.id,
            paymentId,
            vehicleType: isVehicleType(session.metadata.vehicleType) ? session.metadata.vehicleType : "sedan",
            startedAt: now,
          })
          .returning()
          .get();
    if (!row) throw notFound("measurement of session", session.id);
    deps.audit(tx, {
      actor,
      event: "measurement.started",
      entityType: "measurement",
      entityId: row.id,
      details: { sessionId: session.id, driver: row.driver, continued: current !== undefined },
      at: now,
    });
    return { row, started: true };
  });
  if (started) {
    for (const [id, other] of deps.measurementsUnderWay) {
      if (other.sessionId === row.sessionId) continue;
      other.controller.abort(new DeviceError("INTERRUPTED", "another session's measurement started"));
      deps.measurementsUnderWay.delete(id);
    }
    const controller = new AbortController();
    const done = prepare(deps, row, controller.signal).finally(() => deps.measurementsUnderWay.delete(row.id));
    deps.measurementsUnderWay.set(row.id, { sessionId: row.sessionId, controller, done });
  }
  return toMeasurementView(deps, row);
}

export function getMeasurement({ ctx, input: raw }: VerbArgs<DevicesCtx, MeasurementInput>): MeasurementView {
  const input = parseInput(measurementInput, raw);
  return toMeasurementView(ctx.deps, measurementOf(ctx.deps.db, input.sessionId));
}

/** The customer tapped a zone: the next reading measures it again. */
export function remeasureZone({ ctx, input: raw }: VerbArgs<DevicesCtx, RemeasureInput>): MeasurementView {
  const { deps, actor } = ctx;
  const input = parseInput(remeasureInput, raw);
  const row = measurementOf(deps.db, input.sessionId);
  const zone = thicknessZone(row.vehicleType, input.zone);
  if (!zone) {
    throw badRequest(`a ${row.vehicleType} has no zone ${input.zone}`, { zone: input.zone, reason: "UNKNOWN_ZONE" });
  }
  if (row.state !== "measuring") {
    throw conflict(`the measurement is ${row.state}, not measuring`, { sessionId: row.sessionId, state: row.state });
  }
  const updated = deps.db.transaction((tx) => {
    deps.audit(tx, {
      actor,
      event: "measurement.remeasure",
      entityType: "measurement",
      entityId: row.id,
      details: { sessionId: row.sessionId, zone: zone.id },
      at: deps.clock.now(),
    });
    return tx.update(measurements).set({ remeasure: zone.id }).where(eq(measurements.id, row.id)).returning().get();
  });
  return publish(deps, updated ?? row, null, null);
}

/**
 * The customer is done: once the required zones are measured the measurement
 * ends, the report can be made from it, and the gauge is asked back into its
 * cell (in the background: the report does not wait for the door).
 */
export function finishMeasurement({ ctx, input: raw }: VerbArgs<DevicesCtx, MeasurementInput>): MeasurementView {
  const { deps } = ctx;
  const input = parseInput(measurementInput, raw);
  const row = measurementOf(deps.db, input.sessionId);
  if (row.state === "done") return toMeasurementView(deps, row);
  const view = toMeasurementView(deps, row);
  if (!view.canFinish) {
    const measured = new Set(view.zones.filter((zone) => zone.valueUm !== null).map((zone) => zone.zone));
    throw conflict(`the measurement is ${row.state} and cannot finish yet`, {
      sessionId: row.sessionId,
      state: row.state,
      reason: "MISSING_ZONES",
      missing: view.required.filter((id) => !measured.has(id)),
    });
  }
  const ended = deps.db.transaction((tx) => finish(deps, tx, row, { done: true }, deps.clock.now()));
  takeBack(deps, row.sessionId, "gauge");
  return publish(deps, ended ?? row, null, null);
}

/** Measurements left waiting or measuring when the agent stopped end failed; a start continues them. */
export function failInterruptedMeasurements(deps: DevicesDeps): number {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const rows = tx.select().from(measurements).where(inArray(measurements.state, running)).all();
    for (const row of rows) {
      finish(
        deps,
        tx,
        row,
        { fault: { code: "INTERRUPTED", message: "the agent restarted during the measurement" } },
        now,
      );
    }
    return rows.length;
  });
}

/** Stops every measurement still waiting for its cell or gauge, and waits for each to record it (shutdown). */
export async function stopMeasurements(deps: DevicesDeps): Promise<void> {
  const under = [...deps.measurementsUnderWay.values()];
  for (const one of under) one.controller.abort(new DeviceError("INTERRUPTED", "the agent is shutting down"));
  await Promise.all(under.map((one) => one.done));
}

/** The cell opens, the gauge is waited for; then the measurement is `measuring` and readings fill it. */
async function prepare(deps: DevicesDeps, row: MeasurementRow, stop: AbortSignal): Promise<void> {
  const signal = AbortSignal.any([stop, deps.shutdownSignal]);
  try {
    publish(deps, row, null, null);
    await handOut(deps, row.sessionId, "gauge", signal);
    const ready = await deps.gauge.whenReady(GAUGE_WAIT_MS, signal);
    signal.throwIfAborted();
    if (!ready) throw new DeviceError(deps.gauge.status().error ?? "NO_ADAPTER", "the thickness gauge is not there");
    const measuring = deps.db
      .update(measurements)
      .set({ state: "measuring", gauge: deps.gauge.model ?? row.driver })
      .where(and(eq(measurements.id, row.id), eq(measurements.state, "waiting")))
      .returning()
      .get();
    if (measuring) publish(deps, measuring, null, null);
  } catch (error) {
    const cause = stopCause(error, signal);
    deps.log?.(cause, "thickness measurement failed");
    try {
      const failed = deps.db.transaction((tx) =>
        finish(deps, tx, measurementOf(tx, row.sessionId), { fault: faultOf(cause) }, deps.clock.now()),
      );
      if (failed) publish(deps, failed, null, null);
    } catch (writeError) {
      deps.log?.(writeError, "recording a measurement's end failed");
    }
  }
}

/** Ends a running measurement, once; null when it had already ended. */
export function finish(
  deps: DevicesDeps,
  tx: DbOrTx,
  row: MeasurementRow,
  outcome: { done: true } | { fault: DeviceFault },
  now: number,
): MeasurementRow | null {
  const set =
    "done" in outcome
      ? { state: "done" as const, remeasure: null, endedAt: now }
      : {
          state: "failed" as const,
          errorCode: outcome.fault.code,
          errorMessage: outcome.fault.message.slice(0, 500),
          endedAt: now,
        };
  const ended = tx
    .update(measurements)
    .set(set)
    .where(and(eq(measurements.id, row.id), inArray(measurements.state, running)))
    .returning()
    .get();
  if (!ended) return null;
  deps.audit(tx, {
    actor: systemActor,
    event: "measurement.finished",
    entityType: "measurement",
    entityId: row.id,
    details: { sessionId: row.sessionId, state: ended.state, zones: ended.readings.length, error: ended.errorCode },
    at: now,
  });
  return ended;
}

/** Tells the session's screens what changed; returns the view it sent. */
export function publish(
  deps: DevicesDeps,
  row: MeasurementRow,
  reading: MeasuredZone | null,
  notice: GaugeNotice | null,
): MeasurementView {
  const measurement = toMeasurementView(deps, row);
  deps.measurementEvents.publish(row.sessionId, { measurement, reading, notice });
  return measurement;
}

export function measurementOf(db: DbOrTx, sessionId: string): MeasurementRow {
  const row = db.select().from(measurements).where(eq(measurements.sessionId, sessionId)).get();
  if (!row) throw notFound("measurement of session", sessionId);
  return row;
}
