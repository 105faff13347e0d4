import { create } from "qrcode";
import type { Browser } from "playwright-core";

/** A QR code's modules row by row, "1" dark and "0" light, without the quiet zone. */
export type QrMatrix = string[];

/** The modules `qrcode` makes of a text at the kiosk's error correction level (ui/QrCode.tsx draws the same). */
export function qrcodeMatrix(text: string): QrMatrix {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? "1" : "0")).join(""),
  );
}

/**
 * The modules read back from a screenshot of a QR code, from its pixels alone (no DOM, no
 * attribute): the dark area's bounds are the symbol, the top-left finder pattern's first row
 * (7 modules) gives a module's size in pixels, and each module's centre pixel its colour.
 * The PNG is decoded by the browser itself (a canvas), so no image library is needed.
 */
export async function matrixFromPixels(browser: Browser, png: Buffer): Promise<{ matrix: QrMatrix; modulePx: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const drawing = canvas.getContext("2d");
      if (!drawing) throw new Error("no 2d canvas");
      drawing.drawImage(image, 0, 0);
      const { data, width, height } = drawing.getImageData(0, 0, image.width, image.height);
      const dark = (x: number, y: number) => {
        const at = (y * width + x) * 4;
        return (data[at] ?? 255) + (data[at + 1] ?? 255) + (data[at + 2] ?? 255) < 3 * 128;
      };
      let [left, top, right, bottom] = [width, height, -1, -1];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (!dark(x, y)) continue;
          [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
        }
      }
      if (right < 0) throw new Error("no dark pixel: not a QR code");
      let run = 0;
      while (left + run <= right && dark(left + run, top)) run++;
      const modulePx = run / 7;
      const size = Math.round((right - left + 1) / modulePx);
      if (Math.round((bottom - top + 1) / modulePx) !== size) throw new Error("the symbol is not square");
      const centre = (edge: number, index: number) => Math.floor(edge + (index + 0.5) * modulePx);
      const matrix = Array.from({ length: size }, (_, row) =>
        Array.from({ length: size }, (_, col) => (dark(centre(left, col), centre(top, row)) ? "1" : "0")).join(""),
      );
      return { matrix, modulePx };
    }, png.toString("base64"));
  } finally {
    await context.close();
  }
}
