import {
  finishMeasurement,
  getMeasurement,
  getScan,
  handoutSettled,
  lockerOpenInput,
  lockerStatus,
  lockerView,
  measurementInput,
  measurementView,
  openLockerCell,
  remeasureInput,
  remeasureZone,
  scanInput,
  scanView,
  startMeasurement,
  startScan,
  type HandoutView,
  type MeasurementEvent,
  type ScanView,
} from "@kiosk/devices";
import { z } from "zod";
import { devicesCtx, type Context } from "../context";
import { kioskProcedure, operatorProcedure, router } from "../trpc";

/**
 * The kiosk's devices, owned by the agent: the screen starts a scan or a
 * measurement and watches it; it never talks to a device, and sends no codes
 * or values of its own. Operators see the locker and open its cells.
 */
export const devicesRouter = router({
  scan: router({
    start: kioskProcedure
      .meta({
        rest: {
          method: "POST",
          path: "/api/devices/scan",
          status: 202,
          summary: "Start the OBD-II scan of a paid diagnostics session; answers at once, the scan runs on the agent",
        },
      })
      .input(scanInput)
      .output(scanView)
      .mutation(({ ctx, input }) => startScan({ ctx: devicesCtx(ctx), input })),
    get: kioskProcedure
      .meta({
        rest: { method: "GET", path: "/api/devices/scan/:sessionId", summary: "The session's latest scan and result" },
      })
      .input(scanInput)
      .output(scanView)
      .query(({ ctx, input }) => getScan({ ctx: devicesCtx(ctx), input })),
    /**
     * The session's scan as it goes: the current state first, then every step
     * (the adapter's cell opening, waiting for the adapter, connecting, protocol
     * found, reading, done or failed, the adapter's return); the stream ends
     * with the scan and the return.
     */
    onProgress: kioskProcedure.input(scanInput).subscription(({ ctx, input, signal }) => {
      // Listen before reading, so a step in between is not lost.
      const steps = ctx.devices.progress.subscribe(input.sessionId, streamSignal(ctx, signal));
      // Read before the stream starts: a session without a scan fails the call (NOT_FOUND), not the stream.
      const current = getScan({ ctx: devicesCtx(ctx), input });
      return scanStream(current, steps);
    }),
  }),
  measurement: router({
    start: kioskProcedure
      .meta({
        rest: {
          method: "POST",
          path: "/api/devices/measurement",
          status: 202,
          summary:
            "Start the guided paint-thickness measurement of a paid thickness session; readings come from the gauge",
        },
      })
      .input(measurementInput)
      .output(measurementView)
      .mutation(({ ctx, input }) => startMeasurement({ ctx: devicesCtx(ctx), input })),
    get: kioskProcedure
      .meta({
        rest: {
          method: "GET",
          path: "/api/devices/measurement/:sessionId",
          summary: "The session's measurement: every zone with its value and verdict, and the next zone",
        },
      })
      .input(measurementInput)
      .output(measurementView)
      .query(({ ctx, input }) => getMeasurement({ ctx: devicesCtx(ctx), input })),
    remeasure: kioskProcedure
      .meta({
        rest: {
          method: "POST",
          path: "/api/devices/measurement/:sessionId/remeasure",
          summary: "Measure a zone again: the gauge's next reading goes to it",
        },
      })
      .input(remeasureInput)
      .output(measurementView)
      .mutation(({ ctx, input }) => remeasureZone({ ctx: devicesCtx(ctx), input })),
    finish: kioskProcedure
      .meta({
        rest: {
          method: "POST",
          path: "/api/devices/measurement/:sessionId/finish",
          summary: "End the measurement once the required zones are measured; the gauge is asked back into its cell",
        },
      })
      .input(measurementInput)
      .output(measurementView)
      .mutation(({ ctx, input }) => finishMeasurement({ ctx: devicesCtx(ctx), input })),
    /**
     * The measurement as it goes: the current one first, then one event per
     * change, each reading with its zone, value in µm, substrate and verdict;
     * it ends once the measurement and the gauge's return are over.
     */
    onReading: kioskProcedure.input(measurementInput).subscription(({ ctx, input, signal }) => {
      const events = ctx.devices.measurementEvents.subscribe(input.sessionId, streamSignal(ctx, signal));
      const current = getMeasurement({ ctx: devicesCtx(ctx), input });
      return measurementStream({ measurement: current, reading: null, notice: null }, events);
    }),
  }),
  locker: router({
    status: operatorProcedure
      .meta({ rest: { method: "GET", path: "/api/devices/locker", summary: "The locker board and every cell's door" } })
      .output(lockerView)
      .query(({ ctx }) => lockerStatus({ ctx: devicesCtx(ctx), input: undefined })),
    open: operatorProcedure
      .meta({
        rest: {
          method: "POST",
          path: "/api/devices/locker/open/:cell",
          summary: "Open a locker cell (refills, repairs); confirmed by its door sensor, audited",
        },
      })
      .input(lockerOpenInput)
      .output(z.object({ cell: z.number(), door: z.literal("open"), wasOpen: z.boolean() }))
      .mutation(({ ctx, input }) => openLockerCell({ ctx: devicesCtx(ctx), input })),
  }),
});

const streamSignal = (ctx: Context, signal: AbortSignal | undefined) =>
  AbortSignal.any([signal ?? new AbortController().signal, ctx.shutdownSignal]);

/**
 * A stream is over when its work is and the device is back in its cell, was
 * never handed out, or stays with the customer for a retry (`out`, or
 * `opening` when the board failed mid-open).
 */
const isOver = (state: string, locker: HandoutView | null) =>
  (state === "done" || state === "failed") &&
  (locker === null ||
    locker.state === "out" ||
    handoutSettled(locker.state) ||
    (state === "failed" && locker.state === "opening"));

async function* scanStream(current: ScanView, steps: AsyncGenerator<ScanView>): AsyncGenerator<ScanView> {
  yield current;
  if (isOver(current.state, current.locker)) return;
  for await (const view of steps) {
    if (view.id !== current.id) continue;
    yield view;
    if (isOver(view.state, view.locker)) return;
  }
}

async function* measurementStream(
  current: MeasurementEvent,
  events: AsyncGenerator<MeasurementEvent>,
): AsyncGenerator<MeasurementEvent> {
  yield current;
  const { id } = current.measurement;
  if (isOver(current.measurement.state, current.measurement.locker)) return;
  for await (const event of events) {
    if (event.measurement.id !== id) continue;
    yield event;
    if (isOver(event.measurement.state, event.measurement.locker)) return;
  }
}
