/**
 * Russian descriptions and a severity for OBD-II diagnostic trouble codes (SAE J2012), for the
 * customer's diagnostics report.
 *
 * What is covered. The table (./dtc-table) holds the generic ranges python-OBD's code table covers:
 * P0001–P0A29, P2000–P2A05 and U0001–U0431, without the entries J2012 marks as reserved. Which codes
 * exist and what they mean follow J2012 (bank, sensor and cylinder numbers included, also where
 * python-OBD's strings dropped them); the Russian wording is written here. Every other well-formed
 * code gets a structural fallback that still names its system, whether it is a generic or a
 * manufacturer's code, and the subsystem where J2012 fixes one (see `describeDtc`).
 *
 * Severity rule, one scale for the whole table (the same three levels as the kiosk's first table):
 * - `high` — drive with care and have the car seen soon: misfires and what causes them (ignition
 *   coil and injector circuits, knock above threshold), overheating, low oil pressure, fuel
 *   pressure/pump/leaks and water in fuel, crankshaft/camshaft sensors and their correlation,
 *   electronic throttle faults and forced limp modes (incl. pedal sensor correlation), control
 *   module internal faults, power relays and sensor/actuator reference voltages, transmission
 *   faults that put the gearbox into limp mode (shift and pressure solenoids, shaft speed sensors,
 *   wrong ratios, slipping, overheating, TCM power), high-speed CAN bus faults, and loss of
 *   communication with the engine, transmission, ABS/stability, brake, power steering, hybrid
 *   battery/motor and airbag modules.
 * - `medium` — fix soon, no immediate danger: sensors out of range or with a circuit fault, lean or
 *   rich mixture, catalyst efficiency, EGR, secondary air, variable valve timing, boost, upstream
 *   oxygen sensors and their heaters, charging voltage, cooling fans, most other circuits, and
 *   software/data errors on the networks. This is also the severity of every fallback.
 * - `low` — no immediate risk: EVAP small leaks and EVAP valve/sensor circuits, heaters of the
 *   downstream oxygen sensors (sensor 2 and 3), post-catalyst fuel trim, warm-up/thermostat items,
 *   fuel level and ambient temperature sensors, cruise control, A/C, indicator lamps, and
 *   body/comfort modules (doors, seats, audio, climate, body control module, instrument cluster).
 *
 * Input. Codes are matched after trimming and upper-casing. `describeDtc` never throws: a string
 * that is not a code (`[PCBU][0-3][0-9A-F]{3}`) is answered with `known: false`, the description
 * «Неизвестный формат кода» and `medium`, and `code` as it was given, so a report can still list
 * every code the car (or a caller) gave.
 */
import { P0_CODES } from "./dtc-table/p0";
import { P2_CODES } from "./dtc-table/p2";
import { U0_CODES } from "./dtc-table/u0";

export type DtcSeverity = "high" | "medium" | "low";

export interface DtcDescription {
  code: string;
  description: string;
  severity: DtcSeverity;
  /** True when the code is in the table; false for the structural fallback and malformed input. */
  known: boolean;
}

/** One range of the table: code -> [Russian description, severity]. */
export type DtcTable = Readonly<Record<string, readonly [description: string, severity: DtcSeverity]>>;

/** The shape of a well-formed trouble code, as the ELM327 driver decodes it. */
export const DTC_CODE_PATTERN = /^[PCBU][0-3][0-9A-F]{3}$/;

export const MALFORMED_DTC_DESCRIPTION = "Неизвестный формат кода";

/** The table's ranges, by the code's first two characters. */
const TABLES: Readonly<Record<string, DtcTable>> = { P0: P0_CODES, P2: P2_CODES, U0: U0_CODES };

/**
 * A fallback is `medium`: the car did store a fault, so it is not safe to call it harmless, but
 * without the exact meaning there is no ground to alarm the customer either. The description says
 * to have the code read with the make's own documentation.
 */
const FALLBACK_SEVERITY: DtcSeverity = "medium";

const SYSTEMS: Readonly<Record<string, string>> = {
  P: "двигатель и трансмиссия",
  C: "шасси",
  B: "кузов",
  U: "сеть обмена данными",
};

const FUEL_AIR_EMISSIONS = "топливо, воздух и вспомогательные системы снижения выбросов";
const FUEL_AIR = "дозирование топлива и воздуха";
const IGNITION = "система зажигания, пропуски зажигания";
const EMISSIONS = "вспомогательные системы снижения выбросов";
const COMPUTER = "блок управления и выходные цепи";
const TRANSMISSION = "трансмиссия";

/**
 * J2012's groups by the third character for P0 (and, by the same convention most makers follow,
 * for P1). D–F have no group fixed here.
 */
const P0_GROUPS: Readonly<Record<string, string>> = {
  "0": FUEL_AIR_EMISSIONS,
  "1": FUEL_AIR,
  "2": `${FUEL_AIR}, цепи форсунок`,
  "3": IGNITION,
  "4": EMISSIONS,
  "5": "скорость автомобиля, холостой ход и вспомогательные входы",
  "6": COMPUTER,
  "7": TRANSMISSION,
  "8": TRANSMISSION,
  "9": TRANSMISSION,
  A: "гибридная силовая установка",
  B: "гибридная силовая установка",
  C: "гибридная силовая установка",
};

/** J2012's groups for P2. 8, 9 and B–F are left without a group (not confirmed from public sources). */
const P2_GROUPS: Readonly<Record<string, string>> = {
  "0": FUEL_AIR_EMISSIONS,
  "1": FUEL_AIR_EMISSIONS,
  "2": FUEL_AIR_EMISSIONS,
  "3": IGNITION,
  "4": EMISSIONS,
  "5": "вспомогательные входы",
  "6": COMPUTER,
  "7": TRANSMISSION,
  A: FUEL_AIR_EMISSIONS,
};

/** J2012's network groups for U0. */
const U0_GROUPS: Readonly<Record<string, string>> = {
  "0": "электрические цепи шин обмена данными",
  "1": "потеря связи с блоком управления",
  "2": "потеря связи с блоком управления",
  "3": "несовместимость программного обеспечения блоков",
  "4": "недостоверные данные от блока управления",
};

/** Whether `code` (already normalized) is one of the well-formed shapes. */
export function isDtcCode(code: string): boolean {
  return DTC_CODE_PATTERN.test(code);
}

/** A generic code from the table, or a structural fallback for any other well-formed code. */
export function describeDtc(code: string): DtcDescription {
  const normalized = code.trim().toUpperCase();
  if (!isDtcCode(normalized)) {
    return { code, description: MALFORMED_DTC_DESCRIPTION, severity: FALLBACK_SEVERITY, known: false };
  }
  const table = TABLES[normalized.slice(0, 2)];
  const entry = table !== undefined && Object.hasOwn(table, normalized) ? table[normalized] : undefined;
  if (entry !== undefined) {
    return { code: normalized, description: entry[0], severity: entry[1], known: true };
  }
  return {
    code: normalized,
    description: structuralDescription(normalized),
    severity: FALLBACK_SEVERITY,
    known: false,
  };
}

/**
 * Generic (SAE) or manufacturer-specific, by J2012's split of the second character:
 * P0, P2 and P3400–P3FFF generic, P1 and P3000–P33FF manufacturer's; B0, C0, U0 generic, B1/B2,
 * C1/C2, U1/U2 manufacturer's; B3, C3, U3 generic (ranges SAE keeps for itself).
 */
function isManufacturerCode(code: string): boolean {
  const letter = code[0];
  const digit = code[1];
  if (digit === "1") return true;
  if (digit === "2") return letter !== "P";
  if (digit === "3") return letter === "P" && "0123".includes(code[2] ?? "");
  return false;
}

/** The subsystem J2012 assigns to the code's third character, where it assigns one. */
function subsystemOf(code: string): string | undefined {
  const prefix = code.slice(0, 2);
  const third = code[2] ?? "";
  switch (prefix) {
    case "P0":
    case "P1":
      return P0_GROUPS[third];
    case "P2":
      return P2_GROUPS[third];
    case "P3":
      return third === "4" ? "система отключения цилиндров" : undefined;
    case "U0":
      return U0_GROUPS[third];
    default:
      return undefined;
  }
}

function structuralDescription(code: string): string {
  const system = SYSTEMS[code[0] ?? ""] ?? "";
  const subsystem = subsystemOf(code);
  const area = subsystem === undefined ? system : `${system} — ${subsystem}`;
  return isManufacturerCode(code)
    ? `Код производителя: ${area} (расшифровка зависит от марки)`
    : `Общий код SAE: ${area} (подробной расшифровки нет в справочнике)`;
}
