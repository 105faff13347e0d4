export { BusReader } from "./bus-reader";
export { FrameReader, type FrameReaderCounts } from "./frame-reader";
export { LockerBoardSimulator, type DoorListener, type LockerBoardOptions, type LockerStats } from "./board";
export { Cell, cellTransitions, type CellEvent, type CellSetup, type CellState } from "./cells";
export {
  decodeFrame,
  hex,
  lockStateAnswer,
  MAX_LOCKS,
  openFrame,
  queryAllAnswer,
  queryFrame,
  STATE_CLOSED,
  STATE_OPEN,
  statusBytes,
  withBcc,
  xor,
  type Frame,
} from "./protocol";
export * from "./scenarios";
export { serveLocker, type ServedLocker, type ServeLockerOptions } from "./serve";
