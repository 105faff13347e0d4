import { badRequest } from "./errors";

/**
 * Keyset pagination over (time, id), newest first: an opaque cursor naming the
 * last row of a page. Stable under inserts, unlike an offset.
 */
export function encodeCursor(at: number, id: string | number): string {
  return Buffer.from(`${at}:${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { at: number; id: string } {
  const text = Buffer.from(cursor, "base64url").toString();
  const split = text.indexOf(":");
  const at = Number(text.slice(0, split));
  const id = text.slice(split + 1);
  if (split < 1 || !id || !Number.isSafeInteger(at)) throw badRequest("cursor is not valid", { field: "cursor" });
  return { at, id };
}
