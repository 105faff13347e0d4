export { GaugeDevice, gaugeDrivers, type GaugeDeviceOptions, type GaugeDriver, type GaugeStatus } from "./device";
export { parseElcometerLine } from "./elcometer";
export { LineFramer, MAX_LINE_BYTES, type FramedLine } from "./framer";
export { parseLineProtocolLine } from "./line-protocol";
export { MAX_PLAUSIBLE_UM, UM_PER_MIL } from "./normalise";
export { parsePositectorLine } from "./positector";
export { DEFAULT_SILENCE_MS, GaugeReader, lineParsers, type GaugeReaderOptions } from "./reader";
export * from "./types";
