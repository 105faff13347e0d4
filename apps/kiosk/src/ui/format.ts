import type { VehicleType } from "../api";

const rubles = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });

/** 48000 kopecks -> "480 ₽", 35050 -> "350,5 ₽". */
export const formatRubles = (minor: number) => `${rubles.format(minor / 100)}\u00a0₽`;

/** Milliseconds left as m:ss, never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export const serviceTitles = { thickness: "Толщинометрия ЛКП", diagnostics: "Диагностика OBD-II" } as const;
export const vehicleTitles: Record<VehicleType, string> = { sedan: "Седан", hatchback: "Хэтчбек", minivan: "Минивэн" };
