import type { VehicleType } from "./vehicles";

/**
 * The points a paint-thickness measurement covers, per body type: the one list
 * the guided measurement walks, the car diagram draws (kiosk SVG and PDF) and
 * the report names. A zone's id is stable and has no spaces (`hood-center`);
 * its label is the Russian the customer reads ("Капот, центр").
 *
 * Pure data without Node imports: the kiosk's browser bundle imports it
 * through `@kiosk/core/thickness-zones`.
 */
export interface ThicknessZone {
  /** `<panel>-<point>`, e.g. `front-left-door-top`. */
  id: string;
  panel: PanelId;
  point: PointId;
  label: string;
}

export const panelIds = [
  "hood",
  "roof",
  "front-left-fender",
  "front-right-fender",
  "front-left-door",
  "front-right-door",
  "rear-left-door",
  "rear-right-door",
  "rear-left-fender",
  "rear-right-fender",
  "left-sill",
  "right-sill",
  "left-pillar",
  "right-pillar",
  "trunk-lid",
  "tailgate",
  "sliding-door",
] as const;
export type PanelId = (typeof panelIds)[number];

export const pointIds = ["front", "center", "rear", "left", "right", "top", "bottom", "a", "b"] as const;
export type PointId = (typeof pointIds)[number];

export const panelLabels: Record<PanelId, string> = {
  hood: "Капот",
  roof: "Крыша",
  "front-left-fender": "Переднее левое крыло",
  "front-right-fender": "Переднее правое крыло",
  "front-left-door": "Передняя левая дверь",
  "front-right-door": "Передняя правая дверь",
  "rear-left-door": "Задняя левая дверь",
  "rear-right-door": "Задняя правая дверь",
  "rear-left-fender": "Заднее левое крыло",
  "rear-right-fender": "Заднее правое крыло",
  "left-sill": "Левый порог",
  "right-sill": "Правый порог",
  "left-pillar": "Левая стойка",
  "right-pillar": "Правая стойка",
  "trunk-lid": "Крышка багажника",
  tailgate: "Дверь багажника",
  "sliding-door": "Сдвижная дверь",
};

const pointLabels: Record<PointId, string> = {
  front: "передняя часть",
  center: "центр",
  rear: "задняя часть",
  left: "левый край",
  right: "правый край",
  top: "верх",
  bottom: "низ",
  a: "A",
  b: "B",
};

/** Fenders and sills name their ends "перед"/"зад", the hood and roof "передняя часть"/"задняя часть". */
const shortEnds: ReadonlySet<PanelId> = new Set([
  "front-left-fender",
  "front-right-fender",
  "rear-left-fender",
  "rear-right-fender",
  "left-sill",
  "right-sill",
]);

const bodyPanels: Array<[PanelId, PointId[]]> = [
  ["hood", ["front", "center", "rear", "left", "right"]],
  ["roof", ["front", "center", "rear", "left", "right"]],
  ["front-left-fender", ["front", "center", "rear"]],
  ["front-right-fender", ["front", "center", "rear"]],
  ["front-left-door", ["top", "center", "bottom"]],
  ["front-right-door", ["top", "center", "bottom"]],
  ["rear-left-door", ["top", "center", "bottom"]],
  ["rear-right-door", ["top", "center", "bottom"]],
  ["rear-left-fender", ["front", "center", "rear"]],
  ["rear-right-fender", ["front", "center", "rear"]],
  ["left-sill", ["front", "rear"]],
  ["right-sill", ["front", "rear"]],
  ["left-pillar", ["a", "b"]],
  ["right-pillar", ["a", "b"]],
];

const rearPanels: Record<VehicleType, Array<[PanelId, PointId[]]>> = {
  sedan: [["trunk-lid", ["left", "center", "right"]]],
  hatchback: [["tailgate", ["top", "center"]]],
  minivan: [
    ["tailgate", ["top", "center", "bottom", "left", "right"]],
    ["sliding-door", ["top", "center", "bottom"]],
  ],
};

function pointLabel(panel: PanelId, point: PointId): string {
  if (shortEnds.has(panel) && point === "front") return "перед";
  if (shortEnds.has(panel) && point === "rear") return "зад";
  return pointLabels[point];
}

function zonesOf(vehicleType: VehicleType): readonly ThicknessZone[] {
  return [...bodyPanels, ...rearPanels[vehicleType]].flatMap(([panel, points]) =>
    points.map((point) => ({
      id: `${panel}-${point}`,
      panel,
      point,
      label: `${panelLabels[panel]}, ${pointLabel(panel, point)}`,
    })),
  );
}

const zonesByType: Record<VehicleType, readonly ThicknessZone[]> = {
  sedan: zonesOf("sedan"),
  hatchback: zonesOf("hatchback"),
  minivan: zonesOf("minivan"),
};

/**
 * The measuring points of a body type, in the order the guided measurement
 * asks for them: 44 for a hatchback, 45 for a sedan, 50 for a minivan.
 */
export const thicknessZones = (vehicleType: VehicleType): readonly ThicknessZone[] => zonesByType[vehicleType];

/** The zone with this id on this body type, or undefined. */
export const thicknessZone = (vehicleType: VehicleType, id: string): ThicknessZone | undefined =>
  zonesByType[vehicleType].find((zone) => zone.id === id);

/** The zone a free-text label names (the REST thickness report sends labels), or undefined. */
export const thicknessZoneByLabel = (vehicleType: VehicleType, label: string): ThicknessZone | undefined =>
  zonesByType[vehicleType].find((zone) => zone.label === label);

export const zoneVerdicts = ["normal", "warning", "critical"] as const;
export type ZoneVerdict = (typeof zoneVerdicts)[number];

/** What a coat lies on, as the gauge reported it; `unknown` is judged as steel. */
export const substrates = ["steel", "aluminium", "unknown"] as const;
export type Substrate = (typeof substrates)[number];

export interface VerdictThresholds {
  normalMaxUm: number;
  warningMaxUm: number;
}

/** `reports.thresholds`: steel's, with aluminium's beside them. */
export interface SubstrateThresholds extends VerdictThresholds {
  aluminium: VerdictThresholds;
}

/** The thresholds a reading is judged by: aluminium's where the gauge said aluminium, steel's otherwise. */
export const thresholdsFor = (substrate: Substrate | undefined, all: SubstrateThresholds): VerdictThresholds =>
  substrate === "aluminium" ? all.aluminium : all;

/** The verdict for one reading, from the configured thresholds; never from the client. */
export function verdictFor(valueUm: number, thresholds: VerdictThresholds): ZoneVerdict {
  if (valueUm <= thresholds.normalMaxUm) return "normal";
  if (valueUm <= thresholds.warningMaxUm) return "warning";
  return "critical";
}
