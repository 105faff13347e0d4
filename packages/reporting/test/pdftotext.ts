import { execFileSync } from "node:child_process";

/**
 * The text of a PDF as poppler's pdftotext extracts it (scripts/test.sh installs
 * poppler-utils). `layout` keeps columns on one line; `raw` keeps content-stream
 * order, which is how the rotated ДЕМО mark reads back in order (once whitespace is dropped).
 */
export function pdfToText(pdf: Buffer, mode: "layout" | "raw" = "layout"): string {
  return execFileSync("pdftotext", [`-${mode}`, "-", "-"], { input: pdf }).toString("utf8");
}
