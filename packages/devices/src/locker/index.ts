export {
  LockerBoard,
  defaultRequestTimeoutMs,
  defaultStatusRetries,
  type LockerBoardOptions,
  type OpenAnswer,
} from "./board";
export {
  MAX_LOCKS,
  doorsOf,
  encodeOpen,
  encodeQueryAll,
  scanOpenAnswer,
  scanStatusAnswer,
  xorOf,
  type DoorState,
  type LockAnswer,
  type FrameScan,
} from "./codec";
export {
  Locker,
  lockerDrivers,
  type CellView,
  type LockerDriver,
  type LockerOptions,
  type LockerStatus,
  type OpenResult,
} from "./locker";
