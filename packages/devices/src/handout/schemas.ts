import { z } from "zod";

/** The devices the locker hands out; `devices.locker.cells` says which cell holds each. */
export const handedDevices = ["obd", "gauge"] as const;
export type HandedDevice = (typeof handedDevices)[number];

/**
 * A device's trip out of the locker and back, as the customer's screen follows
 * it inside the scan's and the measurement's views:
 * - `opening`: the cell's lock is pulsed, the door sensor not yet open ("Возьмите адаптер из ячейки 2");
 * - `out`: the door was seen open; the device is with the customer;
 * - `returning`: the service is over; the cell is open again for the device ("Верните устройство и закройте дверцу");
 * - `returned`: the door was seen closed;
 * - `not_returned`: still open after `devices.locker.returnTimeoutMs` (operators are alerted; the report is not held back);
 * - `jammed`: the door did not open (LOCKER_JAMMED); nothing was handed out.
 */
export const handoutStates = ["opening", "out", "returning", "returned", "not_returned", "jammed"] as const;
export type HandoutState = (typeof handoutStates)[number];

export const handoutView = z.object({
  device: z.enum(handedDevices),
  cell: z.number().int(),
  state: z.enum(handoutStates),
});
export type HandoutView = z.infer<typeof handoutView>;

/** A handout that will not change again: the streams that carry it may end. */
export const handoutSettled = (state: HandoutState) =>
  state === "returned" || state === "not_returned" || state === "jammed";
