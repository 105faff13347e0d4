export {
  batteryLine,
  displayValue,
  elcometerField,
  errorLine,
  GARBAGE_LINE,
  gaugeFormats,
  helloLine,
  noReadingLine,
  readingLine,
  UM_PER_MIL,
  UnsupportedLineError,
  type GaugeFormat,
  type GaugeReading,
  type GaugeUnit,
  type Substrate,
} from "./formats";
export { GaugeSimulator, type GaugeLineKind, type GaugeSimulatorOptions, type GaugeStats } from "./gauge";
export {
  OUT_OF_RANGE_UM,
  paintValueUm,
  quirkyScript,
  scriptForZones,
  scriptOfReadings,
  type GaugeStep,
} from "./scripts";
export { serveGauge, type ServedGauge, type ServeGaugeOptions } from "./serve";
