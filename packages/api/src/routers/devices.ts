import { getScan, scanInput, scanView, startScan, type ScanView } from "@kiosk/devices";
import { devicesCtx } from "../context";
import { kioskProcedure, router } from "../trpc";

/**
 * The kiosk's devices, owned by the agent: the screen starts a scan and watches
 * it; it never talks to the adapter, and sends no codes of its own.
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
     * (waiting for the adapter, connecting, protocol found, reading, done or
     * failed); the stream ends with the scan.
     */
    onProgress: kioskProcedure.input(scanInput).subscription(({ ctx, input, signal }) => {
      const stop = AbortSignal.any([signal ?? new AbortController().signal, ctx.shutdownSignal]);
      // Listen before reading, so a step in between is not lost.
      const steps = ctx.devices.progress.subscribe(input.sessionId, stop);
      // Read before the stream starts: a session without a scan fails the call (NOT_FOUND), not the stream.
      const current = getScan({ ctx: devicesCtx(ctx), input });
      return scanStream(current, steps);
    }),
  }),
});

async function* scanStream(current: ScanView, steps: AsyncGenerator<ScanView>): AsyncGenerator<ScanView> {
  yield current;
  if (current.state === "done" || current.state === "failed") return;
  for await (const view of steps) {
    if (view.id !== current.id) continue;
    yield view;
    if (view.state === "done" || view.state === "failed") return;
  }
}
