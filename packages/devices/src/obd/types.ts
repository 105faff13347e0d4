/** One ECU's answer, reassembled: what SAE J1979 calls the response message. */
export interface EcuMessage {
  /**
   * Who answered: the CAN identifier as printed ("7E8"; for 29-bit all four
   * bytes, "18DAF110"), or on the legacy buses the source address byte ("10").
   */
  ecu: string;
  /** The service bytes, e.g. `43 02 01 33 ...`: no header, PCI, sequence or check byte. */
  data: Uint8Array;
}

export type FrameProblemKind =
  /** Hex, but not a frame of this protocol: odd digits, too short or long, an unknown PCI, a bad length. */
  | "MALFORMED_FRAME"
  /** A legacy frame whose check byte does not match its bytes. */
  | "BAD_CHECKSUM"
  /** A gap in an ISO-TP sequence number or a legacy line number: the message is dropped. */
  | "MISSING_FRAME"
  /** A frame that belongs to no message: a consecutive frame with no first frame before it. */
  | "UNEXPECTED_FRAME"
  /** The answer ended (or a new message began) before a multi-frame message was whole. */
  | "INCOMPLETE_MESSAGE";

/** A frame or a message the decoder dropped rather than guess at. */
export interface FrameProblem {
  kind: FrameProblemKind;
  /** The ECU it came from, when the header could be read. */
  ecu: string | null;
  /** The adapter line it concerns (the first line of a message), as received. */
  line: string;
  detail: string;
}

export interface ParsedAnswer {
  messages: EcuMessage[];
  problems: FrameProblem[];
  /** Lines that are not hex (adapter texts such as `NO DATA`), untouched; `classifyAnswer` names them. */
  adapterLines: string[];
}

/** A frame as the framing layer hands it to reassembly: its ECU and its bytes after the header. */
export interface ReadFrame {
  ecu: string;
  line: string;
  bytes: Uint8Array;
}
