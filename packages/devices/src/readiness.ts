import type { DevicesDeps } from "./deps";
import type { DeviceErrorCode } from "./errors";
import { handoutBlock, resumeReturns, stopReturns } from "./handout/service";
import { takeReadings } from "./measurement/readings";
import { failInterruptedMeasurements, stopMeasurements } from "./measurement/service";
import { failInterruptedScans, stopScans } from "./scan/service";

export type Service = "thickness" | "diagnostics";

/** Whether a service can be sold now, as the catalog says it: its device, and the locker that holds it. */
export interface ServiceDevice {
  driver: string;
  ready: boolean;
  error: DeviceErrorCode | null;
}

const deviceFor = (deps: DevicesDeps, service: Service) => (service === "diagnostics" ? deps.obd : deps.gauge);

/**
 * A service is ready when its device answers and, with a locker, the locker
 * board does too: a customer is never charged for a device that cannot be
 * handed out. The error is the device's, else the locker's.
 */
export function serviceDevice(deps: DevicesDeps, service: Service): ServiceDevice {
  const { driver, ready, error } = deviceFor(deps, service).status();
  if (!ready) return { driver, ready, error };
  const blocked = handoutBlock(deps.db, service === "diagnostics" ? "obd" : "gauge");
  if (blocked) return { driver, ready: false, error: blocked };
  const locker = deps.locker.status();
  if (locker.driver === "none" || locker.ready) return { driver, ready, error: null };
  return { driver, ready: false, error: locker.error ?? "NO_ADAPTER" };
}

/** Waits (at most `timeoutMs`) for the first tries of the service's device and the locker to end. */
export async function whenServiceSettled(deps: DevicesDeps, service: Service, timeoutMs: number): Promise<void> {
  await Promise.all([deviceFor(deps, service).whenSettled(timeoutMs), deps.locker.whenSettled(timeoutMs)]);
}

/**
 * Calls `listener` whenever the service stops being sellable (its device or
 * the locker went away, or their first try failed). Not while they are still
 * having their first try: a device that answers a moment after the other is
 * not a service going down.
 */
export function onServiceDown(deps: DevicesDeps, service: Service, listener: () => void): () => void {
  let wasReady: boolean | null = null;
  const check = () => {
    if (!deviceFor(deps, service).settled || !deps.locker.settled) return;
    const { ready } = serviceDevice(deps, service);
    if (!ready && wasReady !== false) listener();
    wasReady = ready;
  };
  const stops = [
    service === "diagnostics" ? deps.obd.onStatusChange(check) : deps.gauge.onStatusChange(check),
    deps.locker.onStatusChange(check),
  ];
  deps.handoutListeners.add(check);
  stops.push(() => void deps.handoutListeners.delete(check));
  return () => stops.forEach((stop) => stop());
}

/** Every device has had its first try: until then the catalog cannot say what it sells. */
export const devicesSettled = (deps: DevicesDeps) => deps.obd.settled && deps.gauge.settled && deps.locker.settled;

/**
 * The devices' start: what the last stop cut short is closed (scans and
 * measurements failed, returns watched again), the ports opened, the gauge's
 * readings taken in. Returns what it found, for the start log.
 */
export function startDevices(deps: DevicesDeps): { scans: number; measurements: number; returns: number } {
  const found = {
    scans: failInterruptedScans(deps),
    measurements: failInterruptedMeasurements(deps),
    returns: 0,
  };
  takeReadings(deps);
  deps.obd.start();
  deps.gauge.start();
  deps.locker.start();
  found.returns = resumeReturns(deps);
  return found;
}

/** The devices' stop: running work ends INTERRUPTED and is written, then the ports close. */
export async function stopDevices(deps: DevicesDeps): Promise<void> {
  const work = Promise.all([stopScans(deps), stopMeasurements(deps), stopReturns(deps)]);
  await Promise.all([work, deps.obd.stop(), deps.gauge.stop(), deps.locker.stop()]);
}
