import type { IncomingMessage } from "node:http";

/** The body was larger than the caller allows; each service answers it 413 in its own error family. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body exceeds ${limitBytes} bytes`);
  }
}

/** Whether the request says its body is JSON (a browser's cross-site form post cannot, without a preflight). */
export function isJsonContentType(req: IncomingMessage): boolean {
  return (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * The body as text, at most `limitBytes`: a larger declared length is refused
 * unread. Past the limit the rest is left to drain unheld (not destroyed, so
 * the 413 still reaches the caller).
 */
export async function readBodyText(req: IncomingMessage, limitBytes: number): Promise<string> {
  if (Number(req.headers["content-length"] ?? 0) > limitBytes) throw new BodyTooLargeError(limitBytes);
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        req.off("data", onData);
        reject(new BodyTooLargeError(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}
