import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface Fonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: Fonts | undefined;

/**
 * DejaVu Sans, embedded in every report: the 14 standard PDF fonts have no
 * Cyrillic. Read from disk once per process and reused by every document.
 */
export function reportFonts(): Fonts {
  cached ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return cached;
}
