export {
  classifyAnswer,
  adapterErrorOf,
  isProgressLine,
  type AdapterErrorCode,
  type AnswerVerdict,
} from "./adapter-answers";
export { crc8J1850, sum8 } from "./checksums";
export { decodeDtc, decodeDtcAnswer, dtcResponseServices } from "./dtc";
export {
  describeProblem,
  MalformedAnswerError,
  parseAnswer,
  parseAnswerWithProblems,
  type ParseOptions,
} from "./frames";
export { bytesToHex } from "./hex";
export { decodeBatteryVolts, decodeMonitorStatus, decodeSupportedPids, type MonitorStatus } from "./pids";
export { framingOf, isCanProtocol, obdProtocols, type ObdProtocol, type ProtocolFraming } from "./protocols";
export { isResponsePending, negativeResponseOf, type NegativeResponse } from "./service-response";
export type { EcuMessage, FrameProblem, FrameProblemKind, ParsedAnswer } from "./types";
export { decodeVin, vinCheckDigitMatches } from "./vin";
