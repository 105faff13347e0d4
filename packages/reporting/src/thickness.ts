import type { Config } from "@kiosk/core";
import type { ThicknessReportInput, ZoneVerdict } from "./schemas";

export interface ZoneResult {
  zone: string;
  valueUm: number;
  verdict: ZoneVerdict;
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

/** The verdict for one reading, from the configured thresholds; never from the client. */
export function verdictFor(valueUm: number, thresholds: Config["reports"]["thresholds"]): ZoneVerdict {
  if (valueUm <= thresholds.normalMaxUm) return "normal";
  if (valueUm <= thresholds.warningMaxUm) return "warning";
  return "critical";
}

/** Verdicts per zone and the summary, computed on the server. */
export function assessThickness(
  input: Pick<ThicknessReportInput, "measurements">,
  thresholds: Config["reports"]["thresholds"],
): { zones: ZoneResult[]; summary: ThicknessSummary } {
  const zones = input.measurements.map((m) => ({
    zone: m.zone,
    valueUm: m.valueUm,
    verdict: verdictFor(m.valueUm, thresholds),
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
