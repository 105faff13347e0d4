import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** The kiosk's devices, the OBD-II scans and thickness measurements they make, and the locker: fed by the agent's device layer, never by the browser. */
export function deviceMetrics(registry: Registry) {
  return {
    deviceConnected: new Gauge({
      name: "device_connected",
      help: "1 while a configured device answers (the OBD adapter's ATI), 0 while it does not, by device.",
      labelNames: ["device"] as const,
      registers: [registry],
    }),
    deviceErrors: new Counter({
      name: "device_errors_total",
      help: "Device faults, once per change of fault (an adapter left unplugged counts once), by device and code.",
      labelNames: ["device", "code"] as const,
      registers: [registry],
    }),
    diagnosticsScans: new Counter({
      name: "diagnostics_scans_total",
      help: "OBD-II scans finished, by outcome (clean, faults, no_vehicle, ignition_off, interrupted, locker_jammed, device_error).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    diagnosticsDtcFound: new Counter({
      name: "diagnostics_dtc_found_total",
      help: "Diagnostic trouble codes read from cars, by severity.",
      labelNames: ["severity"] as const,
      registers: [registry],
    }),
    diagnosticsDuration: new Histogram({
      name: "diagnostics_duration_seconds",
      help: "How long an OBD-II scan took, from start to its end (done or failed).",
      buckets: [1, 2, 5, 10, 20, 30, 60, 120, 300],
      registers: [registry],
    }),
    thicknessReadings: new Counter({
      name: "thickness_readings_total",
      help: "Paint-thickness readings taken into a measurement, by the substrate the gauge reported (steel, aluminium, unknown).",
      labelNames: ["substrate"] as const,
      registers: [registry],
    }),
    lockerDoorsOpen: new Gauge({
      name: "locker_doors_open",
      help: "Locker cells whose door sensor reads open, at the last reading of the board.",
      registers: [registry],
    }),
    lockerJams: new Counter({
      name: "locker_jams_total",
      help: "Locker opens whose door did not show open within devices.locker.openTimeoutMs of the pulse.",
      registers: [registry],
    }),
    devicesNotReturned: new Counter({
      name: "devices_not_returned_total",
      help: "Devices handed out and not back behind a closed door within devices.locker.returnTimeoutMs, by device (obd, gauge).",
      labelNames: ["device"] as const,
      registers: [registry],
    }),
  };
}
