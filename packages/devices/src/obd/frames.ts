import { DeviceError } from "../errors";
import { isProgressLine } from "./adapter-answers";
import { assembleCanMessages, readCanFrame } from "./can-frames";
import { compactHex } from "./hex";
import { assembleLegacyMessages, readLegacyFrame } from "./legacy-frames";
import { framingOf, type ObdProtocol } from "./protocols";
import type { EcuMessage, FrameProblem, ParsedAnswer, ReadFrame } from "./types";

export interface ParseOptions {
  /**
   * Check each legacy frame's check byte (SAE J1850 CRC-8, ISO 9141-2 / ISO 14230-2
   * sum) and drop a frame that fails. On by default; off only strips the byte.
   */
  verifyChecksums?: boolean;
}

/**
 * Reads an adapter's answer (the lines between the command and the `>` prompt,
 * headers on) into one message per ECU answer, sorted by ECU, and lists what it
 * dropped. Never throws. Lines that are not hex are returned as `adapterLines`;
 * `classifyAnswer` tells which error they are.
 */
export function parseAnswerWithProblems(
  lines: readonly string[],
  protocol: ObdProtocol,
  options: ParseOptions = {},
): ParsedAnswer {
  const framing = framingOf(protocol);
  const frames: ReadFrame[] = [];
  const problems: FrameProblem[] = [];
  const adapterLines: string[] = [];
  for (const line of lines) {
    if (line.trim() === "" || isProgressLine(line)) continue;
    if (compactHex(line) === null) {
      adapterLines.push(line);
      continue;
    }
    const read =
      framing.kind === "can"
        ? readCanFrame(line, framing.idBits)
        : readLegacyFrame(line, framing, options.verifyChecksums ?? true);
    if ("kind" in read) problems.push(read);
    else frames.push(read);
  }
  const assembled = framing.kind === "can" ? assembleCanMessages(frames) : assembleLegacyMessages(frames);
  // Stable: one ECU's messages keep their order.
  const messages = [...assembled.messages].sort((a, b) => (a.ecu < b.ecu ? -1 : a.ecu > b.ecu ? 1 : 0));
  return { messages, problems: [...problems, ...assembled.problems], adapterLines };
}

/**
 * A frame or message had to be dropped (a lost ISO-TP frame, a failed check
 * byte, ...). Reported as a bus error: the answer cannot be trusted whole, and
 * a report made from the rest could leave out an ECU's codes. A retry of the
 * request usually succeeds.
 */
export class MalformedAnswerError extends DeviceError {
  constructor(readonly problems: readonly FrameProblem[]) {
    super("BUS_ERROR", `the answer was damaged: ${problems.map(describeProblem).join("; ")}`);
  }
}

/**
 * The messages of an answer whose frames all decoded. Call `classifyAnswer`
 * first: adapter texts (`NO DATA`, ...) are skipped here, not reported.
 * Throws `MalformedAnswerError` when any frame or message was dropped; use
 * `parseAnswerWithProblems` to keep the ECUs that did answer cleanly.
 */
export function parseAnswer(lines: readonly string[], protocol: ObdProtocol, options: ParseOptions = {}): EcuMessage[] {
  const { messages, problems } = parseAnswerWithProblems(lines, protocol, options);
  if (problems.length > 0) throw new MalformedAnswerError(problems);
  return messages;
}

export function describeProblem(problem: FrameProblem): string {
  const where = problem.ecu === null ? "" : ` from ${problem.ecu}`;
  return `${problem.kind}${where}: ${problem.detail} [${problem.line}]`;
}
