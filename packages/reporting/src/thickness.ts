import {
  thicknessZone,
  thicknessZoneByLabel,
  thresholdsFor,
  verdictFor,
  type Config,
  type Substrate,
  type VehicleType,
} from "@kiosk/core";
import type { ZoneVerdict } from "./schemas";

export interface ZoneResult {
  /** The zone's id (hood-center) when it is one of the diagram's, else what the caller sent. */
  zone: string;
  /** The Russian the customer reads ("Капот, центр"). */
  label: string;
  valueUm: number;
  verdict: ZoneVerdict;
  /** Where the gauge reported it (the guided measurement); absent for readings sent over REST. */
  substrate?: Substrate;
}

export interface ThicknessSummary {
  minUm: number;
  maxUm: number;
  averageUm: number;
  counts: Record<ZoneVerdict, number>;
  overall: ZoneVerdict;
  recommendation: string;
}

const recommendations: Record<ZoneVerdict, string> = {
  normal: "Толщина лакокрасочного покрытия в пределах заводской нормы: признаков перекраса не выявлено.",
  warning:
    "Есть зоны с повышенной толщиной покрытия: вероятна локальная покраска или полировка. Рекомендуем осмотр этих зон специалистом.",
  critical:
    "Есть зоны со значительным превышением толщины покрытия: вероятен кузовной ремонт со шпатлёвкой. Рекомендуем детальную проверку кузова.",
};

export { verdictFor };

/** Verdicts per zone and the summary, computed on the server. */
export function assessThickness(
  input: {
    vehicleType?: VehicleType;
    measurements: ReadonlyArray<{ zone: string; valueUm: number; substrate?: Substrate }>;
  },
  thresholds: Config["reports"]["thresholds"],
): { zones: ZoneResult[]; summary: ThicknessSummary } {
  const zones = input.measurements.map((m) => ({
    ...zoneNamed(input.vehicleType, m.zone),
    valueUm: m.valueUm,
    verdict: verdictFor(m.valueUm, thresholdsFor(m.substrate, thresholds)),
    ...(m.substrate ? { substrate: m.substrate } : {}),
  }));
  const values = zones.map((z) => z.valueUm);
  const counts = { normal: 0, warning: 0, critical: 0 };
  for (const zone of zones) counts[zone.verdict]++;
  const overall: ZoneVerdict = counts.critical > 0 ? "critical" : counts.warning > 0 ? "warning" : "normal";
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    zones,
    summary: {
      minUm: Math.min(...values),
      maxUm: Math.max(...values),
      averageUm: Math.round((sum / values.length) * 10) / 10,
      counts,
      overall,
      recommendation: recommendations[overall],
    },
  };
}

/** A zone as the diagram knows it: by id, or by the label a REST caller sent; anything else is kept as sent. */
function zoneNamed(vehicleType: VehicleType | undefined, sent: string): { zone: string; label: string } {
  const known = vehicleType && (thicknessZone(vehicleType, sent) ?? thicknessZoneByLabel(vehicleType, sent));
  return known ? { zone: known.id, label: known.label } : { zone: sent, label: sent };
}
