export { Elm327Simulator, type SimulatorOptions, type SimulatorStats } from "./elm327";
export { SimulatedCar, type EcuAnswer, type EcuState } from "./car";
export { encodeDtc, j1850Crc, sumChecksum, wireTimeMs } from "./codec";
export {
  openPtyLink,
  PtyLink,
  serveSimulator,
  startPtyPair,
  type PtyPair,
  type ServedSimulator,
  type ServeOptions,
} from "./pty";
export * from "./profiles";
export { Terminal } from "./terminal";
export * as gaugeSimulator from "./gauge/index";
export * as lockerSimulator from "./locker/index";
export {
  GaugeSimulator,
  quirkyScript,
  scriptForZones,
  serveGauge,
  type GaugeStep,
  type ServedGauge,
} from "./gauge/index";
export {
  fastLockerTiming,
  LockerBoardSimulator,
  lockerScenarios,
  serveLocker,
  type ServedLocker,
} from "./locker/index";
