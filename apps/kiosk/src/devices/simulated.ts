import type { VehicleType } from "../visit/machine";
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
 * The DEV gauge: a measurement that takes `durationMs` and reports its progress
 * like the real one, with thickness values that include repainted and filled
 * panels (above the configured thresholds).
 */
export function simulatedDevices(durationMs: number, random: () => number = Math.random): Devices {
  return {
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
