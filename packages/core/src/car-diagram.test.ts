import { describe, expect, it } from "vitest";
import { carDiagram, diagramStyle, type DiagramZone } from "./car-diagram";
import { thicknessZones } from "./thickness-zones";
import { vehicleTypes } from "./vehicles";

/** The on-curve and control points of a path, and its commands, as pdfkit's parser would see them. */
function parse(path: string): { commands: string[]; points: Array<[number, number]> } {
  const commands = path.match(/[a-zA-Z]/g) ?? [];
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const points: Array<[number, number]> = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return { commands, points };
}

function bounds(path: string) {
  const { points } = parse(path);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** Even-odd test against the polygon of the path's points: close enough for regions whose curves only round corners. */
function contains(path: string, { x, y }: { x: number; y: number }): boolean {
  const { points } = parse(path);
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] ?? [0, 0];
    const [xj, yj] = points[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe.each(vehicleTypes)("the %s diagram", (type) => {
  const diagram = carDiagram(type);

  it("has exactly one region per zone of thicknessZones, in its order, with its label", () => {
    expect(diagram.zones.map((zone) => zone.id)).toEqual(thicknessZones(type).map((zone) => zone.id));
    expect(diagram.zones.map((zone) => zone.label)).toEqual(thicknessZones(type).map((zone) => zone.label));
  });

  it("draws with absolute M, L, Q, C and Z only, inside its own width and height", () => {
    const paths = [...diagram.zones.map((zone) => zone.path), ...diagram.decoration.map((part) => part.path)];
    for (const path of paths) {
      const { commands } = parse(path);
      expect(commands[0]).toBe("M");
      expect(commands.filter((command) => !["M", "L", "Q", "C", "Z"].includes(command))).toEqual([]);
    }
    for (const zone of diagram.zones) {
      const box = bounds(zone.path);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.y0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(diagram.width);
      expect(box.y1).toBeLessThanOrEqual(diagram.height);
    }
  });

  it("puts each value inside its own region and no other", () => {
    for (const zone of diagram.zones) {
      const box = bounds(zone.path);
      const { x, y } = zone.anchor;
      expect({ zone: zone.id, inBox: x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1 }).toEqual({
        zone: zone.id,
        inBox: true,
      });
      const holders = diagram.zones.filter((other) => contains(other.path, zone.anchor)).map((other) => other.id);
      expect(holders).toEqual([zone.id]);
    }
  });

  it("leaves room between values: no two three-digit values overlap", () => {
    const size = diagramStyle.valueSize;
    const overlapping = (a: DiagramZone, b: DiagramZone) =>
      Math.abs(a.anchor.x - b.anchor.x) < 2.2 * size && Math.abs(a.anchor.y - b.anchor.y) < 1.1 * size;
    const clashes = diagram.zones.flatMap((a, i) =>
      diagram.zones.slice(i + 1).flatMap((b) => (overlapping(a, b) ? [`${a.id} × ${b.id}`] : [])),
    );
    expect(clashes).toEqual([]);
  });
});

describe("the diagrams of the three body types", () => {
  it("fit a landscape kiosk screen and the width of an A4 page alike (between 5:4 and 3:2)", () => {
    for (const type of vehicleTypes) {
      const { width, height } = carDiagram(type);
      expect({ type, ratio: width / height > 1.25 && width / height < 1.5 }).toEqual({ type, ratio: true });
    }
  });

  it("put the minivan's sliding door on its right side, between the front and the rear door", () => {
    const x = (id: string) => carDiagram("minivan").zones.find((zone) => zone.id === id)?.anchor.x ?? Number.NaN;
    const y = (id: string) => carDiagram("minivan").zones.find((zone) => zone.id === id)?.anchor.y ?? Number.NaN;
    expect(x("front-right-door-center")).toBeLessThan(x("sliding-door-center"));
    expect(x("sliding-door-center")).toBeLessThan(x("rear-right-door-center"));
    expect(y("sliding-door-center")).toBe(y("front-right-door-center"));
    expect(y("front-right-door-center")).toBeLessThan(y("hood-center"));
    expect(y("front-left-door-center")).toBeGreaterThan(y("hood-center"));
  });
});
