import { notFound, parseInput, type VerbArgs } from "@kiosk/core";
import { scans, sessions, systemActor, type DbOrTx, type ScanRow } from "@kiosk/db";
import { and, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { describeDtc } from "../obd/dtc-descriptions";
import { DeviceError, faultOf, stopCause, type DeviceFault } from "../errors";
import type { DevicesCtx, DevicesDeps } from "../deps";
import { handOut, handoutOf, takeBack } from "../handout/service";
import { paidSessionFor } from "../paid-session";
import { readVehicle, type ScanStep, type VehicleReading } from "./read-vehicle";
import { scanInput, type ScanInput, type ScanProgress, type ScanView } from "./schemas";
import { isFinished } from "./state";

/** The states a scan is still running in. */
const running = ["waiting", "connecting", "reading"] as const;

export function toScanView(
  deps: Pick<DevicesDeps, "db">,
  row: ScanRow,
  progress: ScanProgress | null = null,
): ScanView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    state: row.state,
    error: row.errorCode ? { code: row.errorCode as DeviceFault["code"], message: row.errorMessage ?? "" } : null,
    adapter: row.adapter,
    protocol: row.protocol,
    vin: row.vin,
    mil: row.mil ?? false,
    batteryVolts: row.batteryVolts,
    ecus: row.ecus,
    progress: progress ?? progressOfState(row),
    locker: handoutOf(deps.db, row.sessionId, "obd"),
    startedAt: row.startedAt,
    endedAt: row.endedAt,
  };
}

/**
 * Starts the OBD-II scan of an active, paid diagnostics session and answers at
 * once; the scan runs in the background and its progress is published. A scan
 * already running for the session is answered again rather than started twice
 * (a double tap on the screen); a failed one may be retried.
 */
export function startScan({ ctx, input: raw }: VerbArgs<DevicesCtx, ScanInput>): ScanView {
  const { deps, actor } = ctx;
  const input = parseInput(scanInput, raw);
  const now = deps.clock.now();
  const row = deps.db.transaction((tx) => {
    const { session, paymentId } = paidSessionFor(tx, input.sessionId, "diagnostics", deps.requirePayment);
    // A running scan is the answer; a finished one may be followed by a retry.
    const current = latestScan(tx, session.id);
    if (current && !isFinished(current.state)) return { row: current, started: false };
    const scan = tx
      .insert(scans)
      .values({
        id: deps.ids("scn"),
        sessionId: session.id,
        paymentId,
        state: "waiting",
        driver: deps.obd.status().driver,
        startedAt: now,
      })
      .returning()
      .get();
    deps.audit(tx, {
      actor,
      event: "scan.started",
      entityType: "scan",
      entityId: scan.id,
      details: { sessionId: session.id, driver: scan.driver },
      at: now,
    });
    return { row: scan, started: true };
  });
  if (row.started) {
    // One customer at a kiosk: a scan still running for another session belongs to one that walked away.
    for (const [id, other] of deps.scansUnderWay) {
      if (other.sessionId !== row.row.sessionId) {
        other.controller.abort(new DeviceError("INTERRUPTED", "another session's scan started"));
        deps.scansUnderWay.delete(id);
      }
    }
    const controller = new AbortController();
    const done = runScan(deps, row.row, controller.signal).finally(() => deps.scansUnderWay.delete(row.row.id));
    deps.scansUnderWay.set(row.row.id, { sessionId: row.row.sessionId, controller, done });
  }
  return toScanView(deps, row.row, deps.progress.latest(row.row.id));
}

/** The session's latest scan, running or finished, in the shape the kiosk shows. */
export function getScan({ ctx, input: raw }: VerbArgs<DevicesCtx, ScanInput>): ScanView {
  const input = parseInput(scanInput, raw);
  const row = latestScan(ctx.deps.db, input.sessionId);
  if (!row) throw notFound("scan of session", input.sessionId);
  return toScanView(ctx.deps, row, ctx.deps.progress.latest(row.id));
}

/**
 * Scans left running when the agent stopped (a crash, a power cut) end failed at
 * the next start: the adapter is reopened from scratch, and the customer may retry.
 */
export function failInterruptedScans(deps: DevicesDeps): number {
  const now = deps.clock.now();
  const rows = deps.db.select().from(scans).where(inArray(scans.state, running)).all();
  for (const row of rows) {
    finish(deps, row, { fault: { code: "INTERRUPTED", message: "the agent restarted during the scan" } }, now);
  }
  return rows.length;
}

/** How long a scan waits for the adapter to answer before it fails with the adapter's fault. */
const ADAPTER_WAIT_MS = 30_000;

/**
 * Stops every running scan (they end `INTERRUPTED`) and waits for each to
 * record it: the agent's shutdown, before the adapter and the database close.
 */
export async function stopScans(deps: DevicesDeps): Promise<void> {
  const running = [...deps.scansUnderWay.values()];
  for (const scan of running) scan.controller.abort(new DeviceError("INTERRUPTED", "the agent is shutting down"));
  await Promise.all(running.map((scan) => scan.done));
}

async function runScan(deps: DevicesDeps, row: ScanRow, stop: AbortSignal): Promise<void> {
  const started = deps.clock.now();
  const signal = AbortSignal.any([stop, deps.shutdownSignal]);
  let current = row;
  const move = (state: ScanRow["state"], progress: ScanProgress) => {
    if (!sessionIsActive(deps, row.sessionId)) {
      throw new DeviceError("INTERRUPTED", "the session ended during the scan");
    }
    if (current.state !== state) {
      current = deps.db.update(scans).set({ state }).where(eq(scans.id, row.id)).returning().get() ?? current;
    }
    deps.progress.publish(row.id, row.sessionId, toScanView(deps, current, progress));
  };
  try {
    move("waiting", { step: "waiting" });
    await handOut(deps, row.sessionId, "obd", signal);
    const ready = await deps.obd.whenReady(ADAPTER_WAIT_MS, signal);
    signal.throwIfAborted();
    if (!ready) {
      const status = deps.obd.status();
      throw new DeviceError(status.error ?? "NO_ADAPTER", "the OBD adapter does not answer");
    }
    const reading = await deps.obd.use(async (elm) => {
      signal.throwIfAborted();
      deps.db.update(scans).set({ adapter: elm.identity }).where(eq(scans.id, row.id)).run();
      current = { ...current, adapter: elm.identity };
      return readVehicle(elm, (step) => move(step.step === "reading" ? "reading" : "connecting", step), signal);
    });
    record(deps, () => finish(deps, current, { reading }, deps.clock.now(), started));
  } catch (error) {
    const cause = stopCause(error, signal);
    deps.log?.(cause, "OBD-II scan failed");
    record(deps, () => finish(deps, current, { fault: faultOf(cause) }, deps.clock.now(), started));
  }
}

/** A scan's end is written once the work is over; a failure to write it (a full disk) is logged, never thrown into the void. */
function record(deps: DevicesDeps, write: () => void): void {
  try {
    write();
  } catch (error) {
    deps.log?.(error, "recording a scan's end failed");
  }
}

function sessionIsActive(deps: DevicesDeps, sessionId: string): boolean {
  const session = deps.db.select({ status: sessions.status }).from(sessions).where(eq(sessions.id, sessionId)).get();
  return session?.status === "active";
}

function finish(
  deps: DevicesDeps,
  row: ScanRow,
  outcome: { reading: VehicleReading } | { fault: DeviceFault },
  now: number,
  started?: number,
): void {
  const ended = deps.db.transaction((tx) => {
    const set =
      "reading" in outcome
        ? {
            state: "done" as const,
            protocol: outcome.reading.protocol,
            vin: outcome.reading.vin,
            mil: outcome.reading.mil,
            batteryVolts: outcome.reading.batteryVolts,
            ecus: outcome.reading.ecus,
            dtcCount: codesOf(outcome.reading).length,
            endedAt: now,
          }
        : {
            state: "failed" as const,
            errorCode: outcome.fault.code,
            errorMessage: outcome.fault.message.slice(0, 500),
            endedAt: now,
          };
    const updated = tx
      .update(scans)
      .set(set)
      .where(and(eq(scans.id, row.id), notInArray(scans.state, ["done", "failed"])))
      .returning()
      .get();
    if (!updated) return null;
    deps.audit(tx, {
      actor: systemActor,
      event: "scan.finished",
      entityType: "scan",
      entityId: row.id,
      details: {
        sessionId: row.sessionId,
        state: updated.state,
        protocol: updated.protocol,
        dtcCount: updated.dtcCount,
        error: updated.errorCode,
      },
      at: now,
    });
    return updated;
  });
  if (!ended) return;
  recordScanMetrics(deps, ended, "reading" in outcome ? outcome.reading : null, started, now);
  // Done: the adapter goes back to its cell while the report is made, so the done view already asks
  // for it. A failed scan keeps it out for the retry.
  if (ended.state === "done") takeBack(deps, ended.sessionId, "obd");
  deps.progress.publish(row.id, row.sessionId, toScanView(deps, ended));
}

function recordScanMetrics(
  deps: DevicesDeps,
  row: ScanRow,
  reading: VehicleReading | null,
  started: number | undefined,
  now: number,
): void {
  const { metrics } = deps;
  if (reading) {
    const codes = codesOf(reading);
    metrics.diagnosticsScans.inc({ outcome: codes.length > 0 ? "faults" : "clean" });
    for (const code of codes) metrics.diagnosticsDtcFound.inc({ severity: describeDtc(code).severity });
  } else {
    metrics.diagnosticsScans.inc({ outcome: scanFailureOutcome(row.errorCode) });
  }
  if (started !== undefined) metrics.diagnosticsDuration.observe((now - started) / 1000);
}

/** The customer's own situations (no car, ignition off) apart from the device's faults, which page an operator. */
function scanFailureOutcome(
  code: string | null,
): "no_vehicle" | "ignition_off" | "interrupted" | "locker_jammed" | "device_error" {
  // A jam pages through LockerJammed; counting it a device error would page twice.
  if (code === "LOCKER_JAMMED") return "locker_jammed";
  if (code === "NO_VEHICLE") return "no_vehicle";
  if (code === "IGNITION_OFF") return "ignition_off";
  if (code === "INTERRUPTED") return "interrupted";
  return "device_error";
}

/** Every distinct code the car gave, of any kind and ECU. */
export function codesOf(reading: Pick<VehicleReading, "ecus">): string[] {
  return [...new Set(reading.ecus.flatMap((ecu) => [...ecu.stored, ...ecu.pending, ...ecu.permanent]))];
}

export function latestScan(db: DbOrTx, sessionId: string): ScanRow | undefined {
  return db
    .select()
    .from(scans)
    .where(eq(scans.sessionId, sessionId))
    .orderBy(desc(scans.startedAt), sql`rowid desc`)
    .get();
}

function progressOfState(row: ScanRow): ScanProgress {
  switch (row.state) {
    case "waiting":
      return { step: "waiting" };
    case "connecting":
      return { step: "connecting" };
    case "reading":
      return { step: "reading", service: "status", index: 1, of: 5, ecus: 0 };
    case "done":
      return { step: "done" };
    case "failed":
      return { step: "failed" };
  }
}

export type { ScanStep };
