import type { VehicleType } from "../visit/machine";

/** Body panels and how many points a technician measures on each. */
const panels: Array<[string, string[]]> = [
  ["Капот", ["передняя часть", "центр", "задняя часть", "левый край", "правый край"]],
  ["Крыша", ["передняя часть", "центр", "задняя часть", "левый край", "правый край"]],
  ["Переднее левое крыло", ["перед", "центр", "зад"]],
  ["Переднее правое крыло", ["перед", "центр", "зад"]],
  ["Передняя левая дверь", ["верх", "центр", "низ"]],
  ["Передняя правая дверь", ["верх", "центр", "низ"]],
  ["Задняя левая дверь", ["верх", "центр", "низ"]],
  ["Задняя правая дверь", ["верх", "центр", "низ"]],
  ["Заднее левое крыло", ["перед", "центр", "зад"]],
  ["Заднее правое крыло", ["перед", "центр", "зад"]],
  ["Левый порог", ["перед", "зад"]],
  ["Правый порог", ["перед", "зад"]],
  ["Левая стойка", ["A", "B"]],
  ["Правая стойка", ["A", "B"]],
];

const tailgate: Record<VehicleType, [string, string[]]> = {
  sedan: ["Крышка багажника", ["левый край", "центр", "правый край"]],
  hatchback: ["Дверь багажника", ["верх", "центр"]],
  minivan: ["Дверь багажника", ["верх", "центр", "низ", "левый край", "правый край"]],
};

/** The measuring points for a body type: 44 for a hatchback, 45 for a sedan, 50 for a minivan. */
export function zonesFor(vehicleType: VehicleType): string[] {
  const extra: Array<[string, string[]]> =
    vehicleType === "minivan" ? [["Сдвижная дверь", ["верх", "центр", "низ"]]] : [];
  return [...panels, tailgate[vehicleType], ...extra].flatMap(([panel, points]) =>
    points.map((point) => `${panel}, ${point}`),
  );
}
