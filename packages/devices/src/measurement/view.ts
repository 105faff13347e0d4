import { thicknessZones, thresholdsFor, verdictFor, type ThicknessZone } from "@kiosk/core";
import type { MeasurementRow, ZoneReading } from "@kiosk/db";
import type { DevicesDeps } from "../deps";
import type { DeviceFault } from "../errors";
import { handoutOf } from "../handout/service";
import type { MeasuredZone, MeasurementView } from "./schemas";

/** The zones a body type must have measured before the visit can finish (`devices.gauge.requiredZones`). */
export function requiredZones(deps: Pick<DevicesDeps, "thickness">, row: Pick<MeasurementRow, "vehicleType">) {
  const zones = thicknessZones(row.vehicleType).map((zone) => zone.id);
  const { requiredZones: wanted } = deps.thickness;
  return wanted === "all" ? zones : zones.filter((id) => wanted.includes(id));
}

/**
 * The zone the next reading fills: the one asked again, else the first
 * required zone not yet measured, else the first of the rest, in the guided order.
 */
export function nextZone(
  deps: Pick<DevicesDeps, "thickness">,
  row: Pick<MeasurementRow, "vehicleType" | "readings" | "remeasure">,
): string | null {
  if (row.remeasure) return row.remeasure;
  const measured = new Set(row.readings.map((reading) => reading.zone));
  const left = thicknessZones(row.vehicleType).filter((zone) => !measured.has(zone.id));
  const required = new Set(requiredZones(deps, row));
  return (left.find((zone) => required.has(zone.id)) ?? left[0])?.id ?? null;
}

export function measuredZoneOf(deps: Pick<DevicesDeps, "thickness">, zone: ThicknessZone, reading: ZoneReading) {
  return {
    zone: zone.id,
    label: zone.label,
    valueUm: reading.valueUm,
    substrate: reading.substrate,
    verdict: verdictFor(reading.valueUm, thresholdsFor(reading.substrate, deps.thickness.thresholds)),
    measuredAt: reading.at,
  } satisfies MeasuredZone;
}

/** A measurement in the shape the kiosk shows: every zone, measured first, with the server's verdicts. */
export function toMeasurementView(deps: Pick<DevicesDeps, "db" | "thickness">, row: MeasurementRow): MeasurementView {
  const zones = thicknessZones(row.vehicleType);
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const measured = row.readings.flatMap((reading) => {
    const zone = byId.get(reading.zone);
    return zone ? [measuredZoneOf(deps, zone, reading)] : [];
  });
  const seen = new Set(measured.map((zone) => zone.zone));
  const unmeasured = zones
    .filter((zone) => !seen.has(zone.id))
    .map((zone) => ({
      zone: zone.id,
      label: zone.label,
      valueUm: null,
      substrate: null,
      verdict: null,
      measuredAt: null,
    }));
  const required = requiredZones(deps, row);
  const finished = row.state === "done" || row.state === "failed";
  return {
    id: row.id,
    sessionId: row.sessionId,
    vehicleType: row.vehicleType,
    state: row.state,
    error: row.errorCode ? { code: row.errorCode as DeviceFault["code"], message: row.errorMessage ?? "" } : null,
    gauge: row.gauge,
    next: finished ? null : nextZone(deps, row),
    zones: [...measured, ...unmeasured],
    required,
    canFinish: row.state === "measuring" && required.every((id) => seen.has(id)),
    locker: handoutOf(deps.db, row.sessionId, "gauge"),
    startedAt: row.startedAt,
    endedAt: row.endedAt,
  };
}
