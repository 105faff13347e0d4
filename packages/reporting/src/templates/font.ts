import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type PDFDocumentClass from "pdfkit";

const require = createRequire(import.meta.url);

export interface FontFiles {
  regular: string;
  bold: string;
}

/** DejaVu Sans from the npm package; a bundled build ships its own copy and passes its paths. */
export const defaultFontFiles = (): FontFiles => ({
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
});

/** pdfkit's per-document wrapper around a parsed font: subset, widths and the ToUnicode map of one PDF. */
type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: unknown, id: string) => unknown;

/** The parts of pdfkit's EmbeddedFont and fontkit's subset this module touches. */
interface EmbeddedFont {
  layoutCache: Record<string, unknown>;
  widths: number[];
  unicode: number[][];
  subset: { glyphs: number[]; includeGlyph(gid: number): number; encode(): Uint8Array };
}

interface FontkitFont {
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] };
}

/**
 * The glyphs every report may use, put into each document's subset first and in
 * the same order, so documents share one encoded subset (the font file inside
 * the PDF) instead of building and encoding their own: Latin, Cyrillic, digits,
 * the punctuation and signs the templates print.
 */
const presetText =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~" +
  "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя" +
  "«»—–…№°±×µ·’“”„₽€";

interface Preset {
  glyphIds: number[];
  widths: number[];
  unicode: number[][];
}

interface SharedFonts {
  PDFDocument: typeof PDFDocumentClass;
  EmbeddedFont: EmbeddedFontClass;
  parsed: Record<keyof FontFiles, unknown>;
  presets: Record<keyof FontFiles, Preset>;
  /** Encoded subsets by their glyph list: the preset alone is the usual one. */
  encoded: Map<string, Uint8Array>;
  /** Shaped words (glyphs and positions), per font: pure functions of the font and the text. */
  layouts: Record<keyof FontFiles, Record<string, unknown>>;
}

/** Distinct words kept shaped per font; past this the cache starts over (customer text is unbounded). */
const maxShapedWords = 20_000;

/**
 * The report fonts of one set of services: `createReportFonts(files)` is called
 * by the composition root and passed in the reporting deps. Opening a document
 * parses the font files on first use and shares the parse with every later one.
 */
export interface ReportFonts {
  /** A document with the fonts ready under the names "regular" and "bold". */
  newDocument(options: PDFKit.PDFDocumentOptions): Promise<PDFKit.PDFDocument>;
}

export function createReportFonts(files: FontFiles): ReportFonts {
  let loading: Promise<SharedFonts> | undefined;
  return {
    async newDocument(options) {
      // A failed parse (a missing file) is tried again by the next report, not remembered.
      loading ??= sharedFonts(files).catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return documentWithReportFonts(await loading, options);
    },
  };
}

/**
 * DejaVu Sans, parsed once per ReportFonts. The 14 standard PDF fonts have no
 * Cyrillic, and parsing a 700 KB TrueType font (tables, glyph and layout caches)
 * for every report cost most of its render time. pdfkit keeps what is per
 * document (the subset, widths, ToUnicode map) in an EmbeddedFont; the parsed
 * fontkit font beneath it holds no document state and is shared. pdfkit does not
 * export EmbeddedFont, so it is taken from one font opened the ordinary way.
 */
async function sharedFonts(from: FontFiles): Promise<SharedFonts> {
  // pdfkit (with fontkit and its decompressors) loads on the first report, not at start.
  const { default: PDFDocument } = await import("pdfkit");
  const probe = new PDFDocument({ font: null } as unknown as PDFKit.PDFDocumentOptions);
  const parsed = {} as Record<keyof FontFiles, unknown>;
  let EmbeddedFont: EmbeddedFontClass | undefined;
  for (const name of ["regular", "bold"] as const) {
    probe.font(readFileSync(from[name]));
    const font = (probe as unknown as { _font: { constructor: EmbeddedFontClass; font: unknown } })._font;
    EmbeddedFont = font.constructor;
    parsed[name] = font.font;
  }
  return {
    PDFDocument,
    EmbeddedFont: EmbeddedFont as EmbeddedFontClass,
    parsed,
    presets: { regular: presetFor(parsed.regular as FontkitFont), bold: presetFor(parsed.bold as FontkitFont) },
    encoded: new Map(),
    layouts: { regular: {}, bold: {} },
  };
}

/**
 * A document with the report fonts ready under the names "regular" and "bold",
 * wrapped for this document around the process-wide parsed fonts. pdfkit's own
 * default font (Helvetica, read from an AFM file) is never loaded.
 */
function documentWithReportFonts(fonts: SharedFonts, options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  const doc = new fonts.PDFDocument({ ...options, font: null } as unknown as PDFKit.PDFDocumentOptions);
  const internals = doc as unknown as { _fontFamilies: Record<string, unknown>; _fontCount: number };
  for (const name of ["regular", "bold"] as const) {
    if (Object.keys(fonts.layouts[name]).length > maxShapedWords) fonts.layouts[name] = {};
    const font = new fonts.EmbeddedFont(doc, fonts.parsed[name], `F${++internals._fontCount}`) as EmbeddedFont;
    // Shaping a word depends on the font alone (the subset is filled later, per document).
    font.layoutCache = fonts.layouts[name];
    preload(font, fonts.presets[name], name, fonts.encoded);
    internals._fontFamilies[name] = font;
  }
  return doc;
}

function presetFor(font: FontkitFont): Preset {
  const seen = new Set<number>();
  const preset: Preset = { glyphIds: [], widths: [], unicode: [] };
  for (const character of presetText) {
    const glyph = font.glyphForCodePoint(character.codePointAt(0) ?? 0);
    if (glyph.id === 0 || seen.has(glyph.id)) continue;
    seen.add(glyph.id);
    preset.glyphIds.push(glyph.id);
  }
  return preset;
}

/**
 * Gives the document's subset the preset glyphs (ids 1..n, the same in every
 * document), with their widths and code points, and makes its encoding come from
 * the process-wide cache when the document used nothing beyond them.
 */
function preload(font: EmbeddedFont, preset: Preset, name: string, encoded: Map<string, Uint8Array>): void {
  const { subset } = font;
  const scale = (font as unknown as { scale: number }).scale;
  const parsed = (font as unknown as { font: { getGlyph(id: number): { advanceWidth: number; codePoints: number[] } } })
    .font;
  for (const id of preset.glyphIds) {
    const gid = subset.includeGlyph(id);
    const glyph = parsed.getGlyph(id);
    font.widths[gid] = glyph.advanceWidth * scale;
    font.unicode[gid] = glyph.codePoints;
  }
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = `${name}:${subset.glyphs.join(",")}`;
    let bytes = encoded.get(key);
    if (!bytes) {
      bytes = encode();
      if (encoded.size >= 64) encoded.delete(encoded.keys().next().value as string);
      encoded.set(key, bytes);
    }
    return bytes;
  };
}
