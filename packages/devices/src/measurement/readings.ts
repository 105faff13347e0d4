import { thicknessZone } from "@kiosk/core";
import { measurements, sessions, type MeasurementRow, type ZoneReading } from "@kiosk/db";
import { desc, eq } from "drizzle-orm";
import type { DevicesDeps } from "../deps";
import type { GaugeEvent, GaugeReading } from "../gauge/types";
import type { GaugeNotice } from "./schemas";
import { finish, publish } from "./service";
import { measuredZoneOf, nextZone } from "./view";

const notices = {
  refused: "Прибор показал неправдоподобное значение. Приложите датчик к окрашенной поверхности и измерьте ещё раз.",
  "no-reading": "Прибор не получил значение. Приложите датчик плотнее и измерьте ещё раз.",
  "gauge-error": "Прибор сообщил об ошибке. Измерьте ещё раз; если не получается, позовите оператора.",
  full: "Все зоны измерены. Чтобы измерить зону заново, нажмите на неё на схеме.",
} as const;

/**
 * Takes the gauge's readings into the measurement under way: each reading
 * fills the zone the gauge names (an adapter board with zone keys), else the
 * one the customer asked again, else the next one in the guided order. Lines
 * that fill nothing are told to the screen. The agent subscribes this once;
 * readings with no measurement open are dropped, as a gauge on its shelf
 * measures nothing. Returns the unsubscribe.
 */
export function takeReadings(deps: DevicesDeps): () => void {
  return deps.gauge.onEvent((event) => {
    try {
      onGaugeEvent(deps, event);
    } catch (error) {
      deps.log?.(error, "taking a gauge reading failed");
    }
  });
}

function onGaugeEvent(deps: DevicesDeps, event: GaugeEvent): void {
  if (event.kind === "battery" || event.kind === "hello" || event.kind === "garbage") return;
  const row = deps.db
    .select()
    .from(measurements)
    .where(eq(measurements.state, "measuring"))
    .orderBy(desc(measurements.startedAt))
    .get();
  if (!row) return;
  if (!sessionIsActive(deps, row.sessionId)) {
    const ended = deps.db.transaction((tx) =>
      finish(deps, tx, row, { fault: { code: "INTERRUPTED", message: "the session ended" } }, deps.clock.now()),
    );
    if (ended) publish(deps, ended, null, null);
    return;
  }
  if (event.kind === "reading") return fill(deps, row, event);
  const kind = event.kind === "error" ? "gauge-error" : event.kind;
  publish(deps, row, null, { kind, message: notices[kind] } satisfies GaugeNotice);
}

function fill(deps: DevicesDeps, row: MeasurementRow, event: GaugeReading): void {
  const named = event.zone ? thicknessZone(row.vehicleType, event.zone) : undefined;
  const zoneId = named?.id ?? nextZone(deps, row);
  const zone = zoneId ? thicknessZone(row.vehicleType, zoneId) : undefined;
  if (!zone) {
    publish(deps, row, null, { kind: "refused", message: notices.full });
    return;
  }
  const reading: ZoneReading = {
    zone: zone.id,
    valueUm: event.valueUm,
    substrate: event.substrate,
    unit: event.unit,
    at: deps.clock.now(),
  };
  // Measured again: the zone keeps its place in the order, with the new value.
  const readings = row.readings.some((r) => r.zone === zone.id)
    ? row.readings.map((r) => (r.zone === zone.id ? reading : r))
    : [...row.readings, reading];
  const updated = deps.db
    .update(measurements)
    .set({ readings, remeasure: row.remeasure === zone.id ? null : row.remeasure })
    .where(eq(measurements.id, row.id))
    .returning()
    .get();
  deps.metrics.thicknessReadings.inc({ substrate: event.substrate });
  publish(deps, updated ?? row, measuredZoneOf(deps, zone, reading), null);
}

function sessionIsActive(deps: DevicesDeps, sessionId: string): boolean {
  const session = deps.db.select({ status: sessions.status }).from(sessions).where(eq(sessions.id, sessionId)).get();
  return session?.status === "active";
}
