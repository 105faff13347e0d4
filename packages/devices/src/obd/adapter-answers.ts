import { compactHex } from "./hex";

/**
 * What an ELM327 prints instead of frames (ELM327 datasheet, "Messages"),
 * folded into the codes the driver maps to its customer-facing faults.
 */
export type AdapterErrorCode =
  | "NO_DATA"
  | "UNABLE_TO_CONNECT"
  | "CAN_ERROR"
  | "BUS_ERROR"
  | "BUS_INIT_ERROR"
  | "BUFFER_FULL"
  | "STOPPED"
  | "UNKNOWN_COMMAND"
  | "INTERNAL_ERROR";

export type AnswerVerdict = { kind: "data" } | { kind: "error"; code: AdapterErrorCode; text: string };

/**
 * The adapter's texts, most specific first. Messages without a code of their
 * own fold into the nearest one:
 * - `<DATA ERROR`, `DATA ERROR`, `<RX ERROR` (a frame failed its check or was
 *   garbled), `BUS BUSY`, `FB ERROR` (wiring feedback) -> BUS_ERROR;
 * - `LV RESET`, `ACT ALERT`, `LP ALERT` and an `ELM327 ...` banner (the chip
 *   reset or is going to sleep mid-answer), and any text not listed -> INTERNAL_ERROR.
 */
const adapterMessages: ReadonlyArray<{ pattern: RegExp; code: AdapterErrorCode }> = [
  { pattern: /^NO\s*DATA$/, code: "NO_DATA" },
  { pattern: /^UNABLE\s*TO\s*CONNECT$/, code: "UNABLE_TO_CONNECT" },
  { pattern: /^BUS\s*INIT\b.*ERROR/, code: "BUS_INIT_ERROR" },
  { pattern: /^CAN\s*ERROR$/, code: "CAN_ERROR" },
  { pattern: /^BUS\s*(ERROR|BUSY)$/, code: "BUS_ERROR" },
  { pattern: /^FB\s*ERROR$/, code: "BUS_ERROR" },
  { pattern: /(DATA|RX)\s*ERROR$/, code: "BUS_ERROR" },
  { pattern: /^BUFFER\s*FULL$/, code: "BUFFER_FULL" },
  { pattern: /^STOPPED$/, code: "STOPPED" },
  { pattern: /^\?$/, code: "UNKNOWN_COMMAND" },
  { pattern: /^ERR\d\d$/, code: "INTERNAL_ERROR" },
];

/**
 * Progress the adapter prints during a protocol search; not an answer. The
 * driver drops these already; they are skipped here too so that a line it
 * missed does not read as an error.
 */
export function isProgressLine(line: string): boolean {
  const text = line.trim().toUpperCase();
  return /^SEARCHING/.test(text) || /^BUS\s*INIT\b[:\s.]*OK$/.test(text);
}

/** The code for one non-frame line. */
export function adapterErrorOf(line: string): AdapterErrorCode {
  const text = line.trim().toUpperCase();
  return adapterMessages.find(({ pattern }) => pattern.test(text))?.code ?? "INTERNAL_ERROR";
}

/**
 * Whether an answer carries frames or is the adapter's complaint. Any non-hex
 * line (other than search progress) makes the whole answer an error, named by
 * the first such line: beside frames, `BUFFER FULL`, `STOPPED`, `CAN ERROR` or
 * `<DATA ERROR` mean some frames were lost or damaged, and a report must not
 * be made from part of an answer. An answer with no lines at all is NO_DATA
 * (`text` empty): nobody answered.
 */
export function classifyAnswer(lines: readonly string[]): AnswerVerdict {
  const answer = lines.filter((line) => line.trim() !== "" && !isProgressLine(line));
  const complaint = answer.find((line) => compactHex(line) === null);
  if (complaint !== undefined) return { kind: "error", code: adapterErrorOf(complaint), text: complaint.trim() };
  if (answer.length === 0) return { kind: "error", code: "NO_DATA", text: "" };
  return { kind: "data" };
}
