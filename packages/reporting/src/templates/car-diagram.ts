import {
  carDiagram,
  diagramLegend,
  diagramStyle,
  verdictColours,
  type DiagramFill,
  type VehicleType,
  type ZoneVerdict,
} from "@kiosk/core";
import { colors, type Doc } from "./layout";

export interface CarDiagramOptions {
  vehicleType: VehicleType;
  /** Readings by zone id; a zone the drawing does not have is left out of it (it stays in the table). */
  zones: ReadonlyArray<{ zone: string; valueUm: number; verdict: ZoneVerdict }>;
  x: number;
  y: number;
  width: number;
}

/** The height `drawCarDiagram` takes at this width: the drawing and its legend. */
export function carDiagramHeight(vehicleType: VehicleType, width: number): number {
  const diagram = carDiagram(vehicleType);
  return (diagram.height * width) / diagram.width + legendHeight;
}

const legendHeight = 24;

/**
 * The car's zones as vector paths, each filled by its verdict with its value, and
 * the legend under it; returns the y below the legend. The geometry is the
 * kiosk's, scaled from its own units to `width` points.
 */
export function drawCarDiagram(doc: Doc, { vehicleType, zones, x, y, width }: CarDiagramOptions): number {
  const diagram = carDiagram(vehicleType);
  const scale = width / diagram.width;
  const readings = new Map(zones.map((reading) => [reading.zone, reading]));
  const regions = diagram.zones.map((region) => ({ region, reading: readings.get(region.id) }));

  doc.save();
  doc.translate(x, y).scale(scale);
  for (const part of diagram.decoration) doc.path(part.path).fill(diagramStyle.decoration[part.kind]);
  for (const { region, reading } of regions) {
    const fill: DiagramFill = reading?.verdict ?? "unmeasured";
    doc.path(region.path).lineWidth(2).fillAndStroke(verdictColours[fill].fill, verdictColours.unmeasured.stroke);
  }
  for (const { region } of regions.filter(({ reading }) => reading?.verdict === "critical")) {
    hatch(doc, region.path, diagramStyle.hatch.spacing, 3);
    doc.path(region.path).lineWidth(3).stroke(verdictColours.critical.stroke);
  }
  doc.restore();

  const at = (point: { x: number; y: number }) => ({ x: x + point.x * scale, y: y + point.y * scale });
  doc
    .font("bold")
    .fontSize(diagramStyle.valueSize * scale)
    .fillColor(diagramStyle.text);
  for (const { region, reading } of regions) {
    if (!reading) continue;
    centred(doc, String(reading.valueUm), at(region.anchor), reading.verdict === "critical");
  }
  doc
    .font("regular")
    .fontSize(diagramStyle.captionSize * scale)
    .fillColor(diagramStyle.captionColour);
  for (const caption of diagram.captions) centred(doc, caption.text, at(caption.at), false);

  const bottom = y + diagram.height * scale;
  legend(doc, x, bottom + 8, width);
  doc.fillColor(colors.text);
  return bottom + legendHeight;
}

/** Text centred on a point; over a hatch, a light halo drawn first keeps the digits readable. */
function centred(doc: Doc, text: string, { x, y }: { x: number; y: number }, halo: boolean): void {
  const left = x - doc.widthOfString(text) / 2;
  if (halo) {
    doc.save().lineWidth(2).strokeColor("#ffffff").strokeOpacity(0.8);
    doc.text(text, left, y, { lineBreak: false, baseline: "middle", stroke: true });
    doc.restore();
  }
  doc.text(text, left, y, { lineBreak: false, baseline: "middle" });
}

/** Diagonal lines over a region, clipped to it: critical reads as such in greyscale print too. */
function hatch(doc: Doc, path: string, spacing: number, lineWidth: number): void {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const step = spacing * Math.SQRT2;
  doc.save();
  doc.path(path).clip();
  for (let start = x0 - (y1 - y0); start < x1; start += step) doc.moveTo(start, y1).lineTo(start + (y1 - y0), y0);
  doc.lineWidth(lineWidth).stroke(diagramStyle.hatch.colour);
  doc.restore();
}

/** One centred row: a swatch and a word per fill, then the unit. */
function legend(doc: Doc, x: number, y: number, width: number): void {
  const swatch = { width: 16, height: 10, gap: 5, after: 16 };
  const note = "значения — в мкм";
  doc.font("regular").fontSize(9);
  const items = diagramLegend.map((entry) => ({
    ...entry,
    width: swatch.width + swatch.gap + doc.widthOfString(entry.text) + swatch.after,
  }));
  const total = items.reduce((sum, item) => sum + item.width, 0) + doc.widthOfString(note);
  const middle = y + swatch.height / 2;
  let left = x + (width - total) / 2;
  for (const item of items) {
    const critical = item.fill === "critical";
    const box = `M ${left} ${y} L ${left + swatch.width} ${y} L ${left + swatch.width} ${y + swatch.height} L ${left} ${y + swatch.height} Z`;
    doc.path(box).fill(verdictColours[item.fill].fill);
    if (critical) hatch(doc, box, 3, 0.8);
    doc
      .path(box)
      .lineWidth(critical ? 1.2 : 0.6)
      .stroke(critical ? verdictColours.critical.stroke : diagramStyle.decoration.body);
    doc.fillColor(colors.text).text(item.text, left + swatch.width + swatch.gap, middle, {
      lineBreak: false,
      baseline: "middle",
    });
    left += item.width;
  }
  doc.fillColor(colors.muted).text(note, left, middle, { lineBreak: false, baseline: "middle" });
}
