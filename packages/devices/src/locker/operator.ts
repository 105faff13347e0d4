import { badRequest, conflict, parseInput, type VerbArgs } from "@kiosk/core";
import { z } from "zod";
import type { DevicesCtx } from "../deps";
import { DeviceError, deviceErrorCodes } from "../errors";
import { resolveCell } from "../handout/service";
import type { LockerStatus } from "./locker";

export const lockerOpenInput = z.object({ cell: z.coerce.number().int().min(1).max(24) }).strict();
export type LockerOpenInput = z.input<typeof lockerOpenInput>;

export const lockerView = z.object({
  driver: z.string(),
  ready: z.boolean(),
  error: z.enum(deviceErrorCodes).nullable(),
  /** Every wired cell's door, and which device belongs in it; empty when the board does not answer. */
  cells: z.array(
    z.object({
      cell: z.number().int(),
      door: z.enum(["open", "closed"]),
      device: z.enum(["obd", "gauge"]).nullable(),
    }),
  ),
});
export type LockerView = z.infer<typeof lockerView>;

/** The locker as operators see it: the board's health and every door, read from the board now. */
export async function lockerStatus({ ctx }: VerbArgs<DevicesCtx, void>): Promise<LockerView> {
  const { locker, lockerSettings } = ctx.deps;
  const status: LockerStatus = locker.status();
  const deviceIn = (cell: number) =>
    cell === lockerSettings.cells.obd ? "obd" : cell === lockerSettings.cells.gauge ? "gauge" : null;
  if (status.driver === "none" || !status.ready) return { ...status, cells: [] };
  const cells = await locker.cells().catch(() => []);
  return { ...locker.status(), cells: cells.map((cell) => ({ ...cell, device: deviceIn(cell.cell) })) };
}

/**
 * An operator opens a cell (a refill, a repair): one pulse, confirmed by the
 * door sensor like a customer's, audited with who asked. A jam answers 409
 * LOCKER_JAMMED; a locker that is not there 409 with its code.
 */
export async function openLockerCell({ ctx, input: raw }: VerbArgs<DevicesCtx, LockerOpenInput>) {
  const { deps, actor } = ctx;
  const input = parseInput(lockerOpenInput, raw);
  const { locker } = deps;
  const status = locker.status();
  if (status.driver === "none") throw conflict("this kiosk has no locker", { reason: "NO_LOCKER" });
  const record = (outcome: string) =>
    deps.audit(deps.db, {
      actor,
      event: "locker.opened",
      entityType: "locker",
      entityId: `cell-${input.cell}`,
      details: { cell: input.cell, outcome },
      at: deps.clock.now(),
    });
  try {
    const opened = await locker.open(input.cell, { openTimeoutMs: deps.lockerSettings.openTimeoutMs });
    record(opened.wasOpen ? "was_open" : "opened");
    resolveCell(deps, input.cell);
    return { cell: input.cell, door: "open" as const, wasOpen: opened.wasOpen };
  } catch (error) {
    if (error instanceof RangeError) {
      // A cell the board does not have is bad input, as one beyond any board's 24 is.
      throw badRequest(error.message, { cell: input.cell, reason: "NO_SUCH_CELL" });
    }
    if (!(error instanceof DeviceError)) throw error;
    record(error.code);
    throw conflict(`cell ${input.cell}: ${error.message}`, { cell: input.cell, reason: error.code });
  }
}
