export * from "./deps";
export * from "./errors";
export * from "./link";
export * from "./obd-adapter";
export * from "./serial-link";
export { Elm327, defaultElm327Timeouts, probeBaudRates, type Elm327Timeouts } from "./elm327/driver";
export { protocolNames } from "./elm327/protocols";
export { ScanProgressHub } from "./scan/progress-hub";
export { codesOf, failInterruptedScans, getScan, latestScan, startScan, stopScans, toScanView } from "./scan/service";
export * from "./scan/schemas";
export { scanTransitions } from "./scan/state";
export type { EcuCodes, ScanStep, VehicleReading } from "./scan/read-vehicle";
export { isProfileName, simulatedAdapter, simulatorProfileNames, simulatorProfiles } from "./simulated-adapter";
export * from "./device-state";
export * from "./gauge/index";
export * from "./locker/index";
export * from "./handout/schemas";
export { handOut, handoutOf, reclaimAbandoned, resumeReturns, stopReturns, takeBack } from "./handout/service";
export * from "./measurement/schemas";
export {
  failInterruptedMeasurements,
  finishMeasurement,
  getMeasurement,
  remeasureZone,
  startMeasurement,
  stopMeasurements,
} from "./measurement/service";
export { takeReadings } from "./measurement/readings";
export { toMeasurementView } from "./measurement/view";
export { simulatedGauge, simulatedLocker } from "./simulated-devices";
export * from "./readiness";
export * from "./locker/operator";
