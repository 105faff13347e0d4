import { thicknessZones, type PanelId, type PointId } from "./thickness-zones";
import type { VehicleType } from "./vehicles";

/**
 * The car the paint-thickness report draws: an exploded plan view, as body shops
 * draw it. The top view lies in the middle, front to the left; the right side is
 * folded out above it and the left side below (wheels outward), the tailgate
 * folded out behind. One drawing for the kiosk's SVG and the PDF's vector paths,
 * so both show the same car: pure data, no Node imports.
 */
export interface DiagramPoint {
  x: number;
  y: number;
}

export interface DiagramZone {
  /** A zone id of `thicknessZones(vehicleType)`. */
  id: string;
  label: string;
  /** SVG path data in absolute M, L, Q, C and Z only: pdfkit's `doc.path()` reads it as it is. */
  path: string;
  /** The centre of the zone's value text, inside the region. */
  anchor: DiagramPoint;
}

export type DecorationKind = "body" | "glass" | "tyre";

/** What is drawn but not measured, in paint order: bumpers and pillars, windows, wheels. */
export interface DiagramDecoration {
  kind: DecorationKind;
  path: string;
}

/** A line of text centred on `at`, naming a view ("Левая сторона"). */
export interface DiagramCaption {
  text: string;
  at: DiagramPoint;
}

export interface CarDiagram {
  vehicleType: VehicleType;
  /** The drawing's own units (an SVG viewBox from 0, 0); renderers scale it. */
  width: number;
  height: number;
  zones: DiagramZone[];
  decoration: DiagramDecoration[];
  captions: DiagramCaption[];
}

export type DiagramFill = "normal" | "warning" | "critical" | "unmeasured" | "next";

/**
 * Fills for both renderers. Light enough for dark text, told apart by lightness and
 * hue for colour-blind readers (bluish green, amber, red), and critical is also
 * hatched with a dark outline, so it reads in greyscale print too.
 */
export const verdictColours: Record<DiagramFill, { fill: string; stroke: string }> = {
  normal: { fill: "#8fd4b4", stroke: "#ffffff" },
  warning: { fill: "#f6c453", stroke: "#ffffff" },
  critical: { fill: "#ec7a68", stroke: "#7b1d12" },
  unmeasured: { fill: "#eceff2", stroke: "#ffffff" },
  next: { fill: "#cfe4fb", stroke: "#0b6bcb" },
};

export const diagramStyle = {
  /** Hatch lines over critical fills, and their spacing in drawing units. */
  hatch: { colour: "#b03a2e", spacing: 12 },
  decoration: { body: "#c5ced6", glass: "#dde9f3", tyre: "#52606d" } satisfies Record<DecorationKind, string>,
  text: "#14202b",
  /** A value's font size in drawing units: legible down to the PDF's half scale. */
  valueSize: 21,
  captionSize: 18,
  captionColour: "#52606d",
} as const;

/** The legend both renderers print, in this order. */
export const diagramLegend: ReadonlyArray<{ fill: Exclude<DiagramFill, "next">; text: string }> = [
  { fill: "normal", text: "норма" },
  { fill: "warning", text: "внимание" },
  { fill: "critical", text: "критично" },
  { fill: "unmeasured", text: "не измерено" },
];

type Pt = readonly [number, number];
type Cmd = readonly ["M" | "L", Pt] | readonly ["Q", Pt, Pt] | readonly ["C", Pt, Pt, Pt] | readonly ["Z"];
type Shape = readonly Cmd[];
/** Maps a view's own coordinates (x rearwards, y from roof to ground or from right to left) into the drawing. */
type Frame = (p: Pt) => Pt;

interface LocalZone {
  id: string;
  shape: Shape;
  anchor: Pt;
}

/** A polygon with each corner rounded by a quadratic curve of the given radius. */
function rounded(points: readonly Pt[], radii: number | readonly number[] = 0): Shape {
  const radius = (i: number) => (typeof radii === "number" ? radii : (radii[i] ?? 0));
  const toward = ([x, y]: Pt, [tx, ty]: Pt, r: number): Pt => {
    const length = Math.hypot(tx - x, ty - y);
    return [x + ((tx - x) * r) / length, y + ((ty - y) * r) / length];
  };
  const cmds: Cmd[] = [];
  points.forEach((point, i) => {
    const r = radius(i);
    const previous = points[(i + points.length - 1) % points.length] ?? point;
    const next = points[(i + 1) % points.length] ?? point;
    const start = r > 0 ? toward(point, previous, r) : point;
    cmds.push([i === 0 ? "M" : "L", start]);
    if (r > 0) cmds.push(["Q", point, toward(point, next, r)]);
  });
  return [...cmds, ["Z"]];
}

/** Corners in the order top-left, top-right, bottom-right, bottom-left. */
const box = (x0: number, y0: number, x1: number, y1: number, radii: number | readonly number[] = 0): Shape =>
  rounded(
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
    radii,
  );

/** Bézier handle length for a quarter circle. */
const kappa = 0.5523;

/** The band over a wheel: a rectangle with a half-circle cut out of its bottom edge. */
function arched(x0: number, x1: number, top: number, bottom: number): Shape {
  const r = (x1 - x0) / 2;
  const cx = x0 + r;
  const k = kappa * r;
  return [
    ["M", [x0, bottom]],
    ["L", [x0, top]],
    ["L", [x1, top]],
    ["L", [x1, bottom]],
    ["C", [x1, bottom - k], [cx + k, bottom - r], [cx, bottom - r]],
    ["C", [cx - k, bottom - r], [x0, bottom - k], [x0, bottom]],
    ["Z"],
  ];
}

function circle(cx: number, cy: number, r: number): Shape {
  const k = kappa * r;
  return [
    ["M", [cx + r, cy]],
    ["C", [cx + r, cy + k], [cx + k, cy + r], [cx, cy + r]],
    ["C", [cx - k, cy + r], [cx - r, cy + k], [cx - r, cy]],
    ["C", [cx - r, cy - k], [cx - k, cy - r], [cx, cy - r]],
    ["C", [cx + k, cy - r], [cx + r, cy - k], [cx + r, cy]],
    ["Z"],
  ];
}

/** The points at these fractions of [from, to]: [1/3, 2/3] cuts it into three bands. */
const cuts = (from: number, to: number, fractions: readonly number[]) => fractions.map((f) => from + (to - from) * f);

const zone = (panel: PanelId, point: PointId, shape: Shape, anchor: Pt): LocalZone => ({
  id: `${panel}-${point}`,
  shape,
  anchor,
});

/** A rectangular zone, its value in the middle. */
const cell = (
  panel: PanelId,
  point: PointId,
  [x0, y0, x1, y1]: readonly [number, number, number, number],
  radii: number | readonly number[] = 0,
): LocalZone => zone(panel, point, box(x0, y0, x1, y1, radii), [(x0 + x1) / 2, (y0 + y1) / 2]);

function serialise(shape: Shape, frame: Frame): string {
  const coordinate = (p: Pt) =>
    frame(p)
      .map((n) => String(Math.round(n * 10) / 10))
      .join(" ");
  return shape.map(([command, ...points]) => [command, ...points.map(coordinate)].join(" ")).join(" ");
}

type Side = "left" | "right";
type Rear = "trunk-lid" | "hatch-tailgate" | "van-tailgate";

/** One body type's proportions, in drawing units along the car from the front bumper. */
interface BodySpec {
  length: number;
  /** The side view, roofline to ground, and its beltline (the bottom of the side windows). */
  sideHeight: number;
  beltline: number;
  frontFender: { from: number; to: number; wheel: number };
  rearFender: { from: number; to: number; wheel: number };
  pillarB: number;
  /** Where the windscreen meets the hood and the roof, and the rear window the roof and the deck. */
  windscreen: readonly [number, number];
  rearWindow: readonly [number, number];
  rear: Rear;
  /**
   * The minivan's zones name both a rear right door and a sliding door: the sliding door sits
   * behind the B pillar on the right, the rear door behind it; on the left the rear door spans both.
   */
  slidingDoorTo?: number;
  /** Window pillars that are not measured (the minivan's C pillar). */
  glassSplits?: readonly number[];
}

const specs: Record<VehicleType, BodySpec> = {
  sedan: {
    length: 820,
    sideHeight: 232,
    beltline: 76,
    frontFender: { from: 12, to: 226, wheel: 114 },
    rearFender: { from: 612, to: 808, wheel: 708 },
    pillarB: 420,
    windscreen: [226, 340],
    rearWindow: [610, 700],
    rear: "trunk-lid",
  },
  hatchback: {
    length: 740,
    sideHeight: 232,
    beltline: 78,
    frontFender: { from: 12, to: 210, wheel: 112 },
    rearFender: { from: 534, to: 728, wheel: 632 },
    pillarB: 396,
    windscreen: [210, 318],
    rearWindow: [656, 726],
    rear: "hatch-tailgate",
  },
  minivan: {
    length: 740,
    sideHeight: 255,
    beltline: 94,
    frontFender: { from: 12, to: 204, wheel: 108 },
    rearFender: { from: 536, to: 728, wheel: 632 },
    pillarB: 336,
    windscreen: [204, 304],
    rearWindow: [712, 728],
    rear: "van-tailgate",
    slidingDoorTo: 440,
    glassSplits: [560],
  },
};

const archRadius = 47;
const wheelRadius = 40;
/** The gap between panels, where the body's grey shows. */
const seam = 3;
const topWidth = 220;
const rowGap = 16;
const margin = 10;
const captionColumn = 150;
/** The width of a hood's or a roof's front and rear bands: room for a three-digit value. */
const endBand = 58;

type Decoration = Array<[DecorationKind, Shape]>;
interface View {
  zones: LocalZone[];
  decoration: Decoration;
}

/** Top, centre and bottom bands of a door, stacked from the beltline down. */
function door(panel: PanelId, x0: number, x1: number, y0: number, y1: number): LocalZone[] {
  const [ya = y0, yb = y1] = cuts(y0, y1, [1 / 3, 2 / 3]);
  return [
    cell(panel, "top", [x0, y0, x1, ya]),
    cell(panel, "center", [x0, ya, x1, yb]),
    cell(panel, "bottom", [x0, yb, x1, y1], [0, 0, 6, 6]),
  ];
}

/** Ahead of the wheel arch, over it and behind it; `nose` rounds the car's end. */
function fender(
  panel: PanelId,
  { from, to, wheel }: BodySpec["frontFender"],
  top: number,
  bottom: number,
  nose: "front" | "rear",
): LocalZone[] {
  const [a0, a1] = [wheel - archRadius, wheel + archRadius];
  const front = nose === "front" ? [30, 0, 0, 8] : 0;
  const rear = nose === "rear" ? [0, 26, 8, 0] : 0;
  return [
    cell(panel, "front", [from, top, a0, bottom], front),
    zone(panel, "center", arched(a0, a1, top, bottom), [wheel, (top + bottom - archRadius) / 2]),
    cell(panel, "rear", [a1, top, to, bottom], rear),
  ];
}

/** One side as seen from that side, front to the left, roof at y = 0 and the ground at `sideHeight`. */
function sideView(spec: BodySpec, side: Side): View {
  const { beltline: belt, frontFender, rearFender, pillarB } = spec;
  const [aBase, aTop] = spec.windscreen;
  const [cTop, cBase] = spec.rearWindow;
  const wheelY = spec.sideHeight - wheelRadius;
  const [sillTop, sillBottom] = [wheelY - 16, wheelY + 14];
  const aLine = (y: number) => aBase + ((aTop - aBase) * (belt - y)) / belt;
  const cLine = (y: number) => cTop + ((cBase - cTop) * y) / belt;
  const [aWidth, bWidth, rail, sill] = [40, 44, 10, belt - 6];
  const splits = (spec.glassSplits ?? []).flatMap((x) => [x - 10, x + 10]);
  const bFront = pillarB - bWidth / 2;
  const bRear = pillarB + bWidth / 2;
  const sliding = side === "right" ? spec.slidingDoorTo : undefined;
  const rearDoorFrom = sliding ?? pillarB;
  const doorTop = belt + seam;

  const zones = [
    ...fender(`front-${side}-fender`, frontFender, belt, wheelY, "front"),
    ...door(`front-${side}-door`, frontFender.to + seam, pillarB - seam / 2, doorTop, sillTop),
    ...(sliding ? door("sliding-door", pillarB + seam / 2, sliding - seam / 2, doorTop, sillTop) : []),
    ...door(`rear-${side}-door`, rearDoorFrom + seam / 2, rearFender.from - seam, doorTop, sillTop),
    ...fender(`rear-${side}-fender`, rearFender, belt, wheelY, "rear"),
    cell(`${side}-sill`, "front", [frontFender.to + seam, sillTop + seam, pillarB, sillBottom], [0, 0, 0, 6]),
    cell(`${side}-sill`, "rear", [pillarB, sillTop + seam, rearFender.from - seam, sillBottom], [0, 0, 6, 0]),
    zone(
      `${side}-pillar`,
      "a",
      rounded(
        [
          [aLine(belt - seam), belt - seam],
          [aTop, 0],
          [aTop + aWidth, 0],
          [aLine(belt - seam) + aWidth, belt - seam],
        ],
        [0, 12, 0, 0],
      ),
      [aLine(belt / 2) + aWidth / 2, belt / 2],
    ),
    zone(`${side}-pillar`, "b", box(bFront, 0, bRear, belt - seam), [pillarB, belt / 2]),
  ];

  const decoration: Decoration = [
    [
      "body",
      rounded(
        [
          [aBase, belt],
          [aTop, 0],
          [cTop, 0],
          [cBase, belt],
        ],
        [0, 16, 16, 0],
      ),
    ],
    ["body", box(0, belt, spec.length, sillBottom, [36, 26, 10, 10])],
    ...sideWindows([(y) => aLine(y) + aWidth + 6, bFront - 6, bRear + 6, ...splits, (y) => cLine(y) - 30], rail, sill),
    ["tyre", circle(frontFender.wheel, wheelY, wheelRadius)],
    ["body", circle(frontFender.wheel, wheelY, 17)],
    ["tyre", circle(rearFender.wheel, wheelY, wheelRadius)],
    ["body", circle(rearFender.wheel, wheelY, 17)],
  ];
  return { zones, decoration };
}

/** The side windows between pillars: `edges` pairs up, front and rear edge of each, a number for an upright one. */
function sideWindows(edges: ReadonlyArray<number | ((y: number) => number)>, top: number, bottom: number): Decoration {
  const at = (edge: number | ((y: number) => number) | undefined, y: number) =>
    typeof edge === "function" ? edge(y) : (edge ?? 0);
  const windows: Decoration = [];
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const [front, rear] = [edges[i], edges[i + 1]];
    const corners: Pt[] = [
      [at(front, top), top],
      [at(rear, top), top],
      [at(rear, bottom), bottom],
      [at(front, bottom), bottom],
    ];
    windows.push(["glass", rounded(corners, 6)]);
  }
  return windows;
}

/** A hood or a roof: front and rear bands across it, the middle split into right, centre and left. */
function fivePoint(
  panel: PanelId,
  [x0, y0, x1, y1]: readonly [number, number, number, number],
  [frontRadius, rearRadius]: readonly [number, number],
): LocalZone[] {
  const [xa, xb] = [x0 + endBand, x1 - endBand];
  const [ya = y0, yb = y1] = cuts(y0, y1, [0.3, 0.7]);
  return [
    cell(panel, "front", [x0, y0, xa, y1], [frontRadius, 0, 0, frontRadius]),
    cell(panel, "right", [xa, y0, xb, ya]),
    cell(panel, "center", [xa, ya, xb, yb]),
    cell(panel, "left", [xa, yb, xb, y1]),
    cell(panel, "rear", [xb, y0, x1, y1], [0, rearRadius, rearRadius, 0]),
  ];
}

/** The car from above, front to the left, its right side at y = 0 and its left at `topWidth`. */
function topView(spec: BodySpec): View {
  const [aBase, aTop] = spec.windscreen;
  const [cTop, cBase] = spec.rearWindow;
  const { length } = spec;
  const w = topWidth;
  const zones = [
    ...fivePoint("hood", [12, 12, aBase - seam, w - 12], [36, 0]),
    ...fivePoint("roof", [aTop, 30, cTop, w - 30], [14, 14]),
  ];
  if (spec.rear === "trunk-lid") {
    const [x0, x1] = [cBase + seam, length - 12];
    const [y0, y1] = [16, w - 16];
    const [ya = y0, yb = y1] = cuts(y0, y1, [1 / 3, 2 / 3]);
    zones.push(
      cell("trunk-lid", "right", [x0, y0, x1, ya], [0, 22, 0, 0]),
      cell("trunk-lid", "center", [x0, ya, x1, yb]),
      cell("trunk-lid", "left", [x0, yb, x1, y1], [0, 0, 22, 0]),
    );
  }
  const glass = (x0: number, x1: number, wide: number, narrow: number, narrowAtFront: boolean): Shape => {
    const [front, rear] = narrowAtFront ? [narrow, wide] : [wide, narrow];
    const corners: Pt[] = [
      [x0, front],
      [x1, rear],
      [x1, w - rear],
      [x0, w - front],
    ];
    return rounded(corners, 8);
  };
  const mirror = (y0: number, y1: number) => box(aBase + 6, y0, aBase + 36, y1, 6);
  const decoration: Decoration = [
    ["body", mirror(-14, 6)],
    ["body", mirror(w - 6, w + 14)],
    ["body", box(0, 0, length, w, [44, 28, 28, 44])],
    ["glass", glass(aBase + 6, aTop - 6, 24, 36, false)],
    ["glass", glass(cTop + 6, cBase - 6, 26, 36, true)],
  ];
  return { zones, decoration };
}

/** The tailgate folded out behind the roof: u from its top edge down, v across from the car's right. */
function rearFace(spec: BodySpec): View & { depth: number } {
  const w = topWidth;
  const band = (point: PointId, u0: number, u1: number, radii: number | number[] = 0) =>
    cell("tailgate", point, [u0, 14, u1, w - 14], radii);
  const glass = (u0: number, u1: number, v: number): Decoration => [["glass", box(u0, v, u1, w - v, 8)]];
  const outline = (depth: number): Decoration => [["body", box(0, 0, depth, w, [10, 24, 24, 10])]];
  switch (spec.rear) {
    case "trunk-lid":
      return { zones: [], decoration: [], depth: 0 };
    case "hatch-tailgate":
      return {
        zones: [band("top", 0, 54, [8, 0, 0, 8]), band("center", 98, 152)],
        decoration: [...outline(166), ...glass(58, 94, 30)],
        depth: 166,
      };
    case "van-tailgate":
      return {
        zones: [
          band("top", 0, 46, [8, 0, 0, 8]),
          cell("tailgate", "right", [50, 14, 108, 64]),
          cell("tailgate", "left", [50, w - 64, 108, w - 14]),
          band("center", 112, 158),
          band("bottom", 162, 208, [0, 12, 12, 0]),
        ],
        decoration: [...outline(222), ...glass(50, 108, 68)],
        depth: 222,
      };
  }
}

const sideCaptions: Record<Side, [string, string]> = { right: ["Правая", "сторона"], left: ["Левая", "сторона"] };

/**
 * The exploded plan of a body type: a region for every zone of `thicknessZones(vehicleType)`
 * and none other, the unmeasured parts as decoration, and the captions naming the views.
 */
export function carDiagram(vehicleType: VehicleType): CarDiagram {
  const spec = specs[vehicleType];
  const side = spec.sideHeight;
  const rows = { right: margin, top: margin + side + rowGap, left: margin + side + 2 * rowGap + topWidth };
  const left = 16;
  const rearLeft = left + spec.length + 16;
  const rear = rearFace(spec);
  const views: Array<[Frame, View]> = [
    [([x, y]) => [left + x, rows.right + side - y], sideView(spec, "right")],
    [([x, y]) => [left + x, rows.top + y], topView(spec)],
    [([x, y]) => [left + x, rows.left + y], sideView(spec, "left")],
    [([u, v]) => [rearLeft + u, rows.top + v], rear],
  ];
  const known = new Map(thicknessZones(vehicleType).map((z, i) => [z.id, { label: z.label, order: i }]));
  const zones = views
    .flatMap(([frame, view]) =>
      view.zones.map((z) => {
        const [x, y] = frame(z.anchor);
        return { id: z.id, label: known.get(z.id)?.label ?? z.id, path: serialise(z.shape, frame), anchor: { x, y } };
      }),
    )
    .sort((a, b) => (known.get(a.id)?.order ?? 0) - (known.get(b.id)?.order ?? 0));
  const decoration = views.flatMap(([frame, view]) =>
    view.decoration.map(([kind, shape]) => ({ kind, path: serialise(shape, frame) })),
  );

  const captionX = left + spec.length + 16 + captionColumn / 2;
  const caption = (lines: readonly string[], x: number, y: number): DiagramCaption[] =>
    lines.map((text, i) => ({
      text,
      at: { x, y: y + (i - (lines.length - 1) / 2) * diagramStyle.captionSize * 1.25 },
    }));
  const captions = [
    ...caption(sideCaptions.right, captionX, rows.right + side / 2),
    ...caption(sideCaptions.left, captionX, rows.left + side / 2),
    ...(rear.depth > 0 ? caption(["Вид сзади"], rearLeft + rear.depth / 2, rows.top - rowGap / 2 - 12) : []),
  ];
  const width = Math.max(captionX + captionColumn / 2, rearLeft + rear.depth) + margin;
  return { vehicleType, width, height: rows.left + side + margin, zones, decoration, captions };
}
