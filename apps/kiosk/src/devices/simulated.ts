import type { Dtc, VehicleType } from "../visit/machine";
import { controlUnits, dtcTable } from "./dtc-table";
import type { Devices, ScanProgress } from "./types";
import { zonesFor } from "./zones";

/** Waits `ms`, or rejects when the visit is abandoned. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException("aborted", "AbortError"));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new DOMException("aborted", "AbortError"));
      },
      { once: true },
    );
  });
}

/** Paint as it comes from the factory, repainted, or over filler: plausible micrometres per panel. */
function paintValue(panelState: number, random: () => number): number {
  if (panelState < 0.75) return Math.round(95 + random() * 60); // factory paint
  if (panelState < 0.92) return Math.round(210 + random() * 80); // repainted
  return Math.round(340 + random() * 500); // filler under the paint
}

/**
 * The DEV devices: a scan that takes `durationMs` and reports its progress like
 * the real ones, drawing codes from the real OBD-II table and thickness values
 * that include repainted and filled panels (above the configured thresholds).
 */
export function simulatedDevices(durationMs: number, random: () => number = Math.random): Devices {
  return {
    diagnostics: {
      async scan(onProgress, signal) {
        const started = Date.now();
        for (const [i, unit] of controlUnits.entries()) {
          onProgress({ fraction: i / controlUnits.length, activity: `Опрос: ${unit}` });
          await pause(durationMs / controlUnits.length, signal);
        }
        const count = random() < 0.2 ? 0 : 1 + Math.floor(random() * 4);
        const pool = [...dtcTable];
        const found: Dtc[] = [];
        for (let i = 0; i < count; i++) found.push(...pool.splice(Math.floor(random() * pool.length), 1));
        onProgress({ fraction: 1, activity: "Опрос завершён" });
        return { dtcCodes: found, scanDurationSeconds: Math.max(1, Math.round((Date.now() - started) / 1000)) };
      },
    },
    thickness: {
      async measure(vehicleType: VehicleType, onProgress: (progress: ScanProgress) => void, signal: AbortSignal) {
        const zones = zonesFor(vehicleType);
        const panelStates = new Map<string, number>();
        const values = [];
        for (const [i, zone] of zones.entries()) {
          onProgress({ fraction: i / zones.length, activity: `Точка ${i + 1} из ${zones.length}: ${zone}` });
          await pause(durationMs / zones.length, signal);
          const panel = zone.split(",")[0] ?? zone;
          if (!panelStates.has(panel)) panelStates.set(panel, random());
          values.push({ zone, valueUm: paintValue(panelStates.get(panel) ?? 0, random) });
        }
        onProgress({ fraction: 1, activity: "Измерение завершено" });
        return values;
      },
    },
  };
}
