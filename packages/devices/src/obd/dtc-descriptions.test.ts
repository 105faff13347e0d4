import { describe, expect, it } from "vitest";
import { DTC_CODE_PATTERN, MALFORMED_DTC_DESCRIPTION, describeDtc, type DtcTable } from "./dtc-descriptions";
import { P0_CODES } from "./dtc-table/p0";
import { P2_CODES } from "./dtc-table/p2";
import { U0_CODES } from "./dtc-table/u0";

/** Each range file, with the key shape the issue asks for (python-OBD's P0, P2 and U0 ranges). */
const RANGES: ReadonlyArray<readonly [name: string, table: DtcTable, keys: RegExp]> = [
  ["P0", P0_CODES, /^P0[0-9A][0-9A-F]{2}$/],
  ["P2", P2_CODES, /^P2[0-9A][0-9A-F]{2}$/],
  ["U0", U0_CODES, /^U0[0-4][0-9A-F]{2}$/],
];

const ALL = RANGES.flatMap(([, table]) => Object.entries(table));

describe("describeDtc: the table", () => {
  it.each([
    ["P0133", "Медленный отклик кислородного датчика (банк 1, датчик 1)", "medium"],
    ["P0300", "Случайные пропуски зажигания в нескольких цилиндрах", "high"],
    ["P0301", "Пропуски зажигания в цилиндре 1", "high"],
    ["P0171", "Слишком бедная топливовоздушная смесь (банк 1)", "medium"],
    ["P0174", "Слишком бедная топливовоздушная смесь (банк 2)", "medium"],
    ["P0420", "Эффективность каталитического нейтрализатора ниже порога (банк 1)", "medium"],
    ["P0430", "Эффективность каталитического нейтрализатора ниже порога (банк 2)", "medium"],
    ["P0442", "Малая утечка в системе улавливания паров топлива", "low"],
    ["P0455", "Большая утечка в системе улавливания паров топлива", "medium"],
    ["P0141", "Цепь подогрева кислородного датчика (банк 1, датчик 2)", "low"],
    ["P0016", "Рассогласование положения коленчатого и распределительного валов (банк 1, датчик A)", "high"],
    ["P0524", "Слишком низкое давление моторного масла", "high"],
    ["P0217", "Перегрев двигателя", "high"],
    ["P0128", "Двигатель не прогревается: температура ниже порога термостата", "low"],
    ["P2096", "Коррекция смеси после катализатора: слишком бедная (банк 1)", "low"],
    ["P2099", "Коррекция смеси после катализатора: слишком богатая (банк 2)", "low"],
    ["P2A03", "Кислородный датчик: сигнал цепи вне допустимого диапазона (банк 2, датчик 1)", "medium"],
    ["U0100", "Нет связи с блоком управления двигателем (ECM/PCM A)", "high"],
    ["U0121", "Нет связи с блоком ABS", "high"],
    ["U0151", "Нет связи с блоком подушек безопасности", "high"],
    ["U0140", "Нет связи с блоком кузовной электроники", "low"],
    ["U0155", "Нет связи с приборной панелью", "low"],
  ] as const)("%s", (code, description, severity) => {
    expect(describeDtc(code)).toEqual({ code, description, severity, known: true });
  });

  it("has every generic code python-OBD lists in these ranges, without J2012's reserved entries", () => {
    expect(Object.keys(P0_CODES)).toHaveLength(1021);
    expect(Object.keys(P2_CODES)).toHaveLength(645);
    expect(Object.keys(U0_CODES)).toHaveLength(261);
    for (const reserved of ["P0364", "P0383", "P0384", "U0074", "U0099", "U0116", "U0133"]) {
      expect(describeDtc(reserved).known, reserved).toBe(false);
    }
  });

  it.each(RANGES)("every %s key is a well-formed code of that range", (_name, table, keys) => {
    for (const code of Object.keys(table)) {
      expect(code).toMatch(DTC_CODE_PATTERN);
      expect(code).toMatch(keys);
    }
  });

  it("has a Russian, non-empty description and a valid severity for every code", () => {
    for (const [code, [description, severity]] of ALL) {
      expect(description.trim(), code).toBe(description);
      expect(description, code).toMatch(/[А-Яа-яЁё]/);
      expect(description, code).toMatch(/^[А-ЯЁA-Z0-9]/);
      expect(description, code).not.toMatch(/\b(Circuit|Sensor|Bank|Range|Performance|Malfunction|Lost|Module)\b/);
      expect(["high", "medium", "low"], code).toContain(severity);
    }
  });

  it("keeps J2012's bank and sensor numbers on the oxygen sensor codes", () => {
    const positions = ["банк 1, датчик 1", "банк 1, датчик 2", "банк 1, датчик 3"];
    const bank2 = ["банк 2, датчик 1", "банк 2, датчик 2", "банк 2, датчик 3"];
    positions.forEach((position, i) => {
      for (let k = 0; k < 6; k += 1) {
        expect(describeDtc(`P0${130 + i * 6 + k}`).description).toContain(`(${position})`);
        expect(describeDtc(`P0${150 + i * 6 + k}`).description).toContain(`(${bank2[i]})`);
      }
    });
    expect(describeDtc("P0036").description).toContain("(банк 1, датчик 2)");
    expect(describeDtc("P0062").description).toContain("(банк 2, датчик 3)");
    expect(describeDtc("P2195").description).toContain("(банк 1, датчик 1)");
    expect(describeDtc("P2277").description).toContain("(банк 2, датчик 3)");
  });

  it("keeps cylinder numbers", () => {
    for (let cylinder = 1; cylinder <= 12; cylinder += 1) {
      const misfire = `P03${String(cylinder).padStart(2, "0")}`;
      expect(describeDtc(misfire).description).toBe(`Пропуски зажигания в цилиндре ${cylinder}`);
      const injector = `P02${String(cylinder).padStart(2, "0")}`;
      expect(describeDtc(injector).description).toContain(`цилиндра ${cylinder}:`);
    }
  });

  it("rates downstream oxygen sensor heaters low and upstream ones medium", () => {
    for (const code of ["P0036", "P0042", "P0056", "P0062", "P0141", "P0147", "P0161", "P0167"]) {
      expect(describeDtc(code).severity, code).toBe("low");
    }
    for (const code of ["P0030", "P0050", "P0135", "P0155"]) {
      expect(describeDtc(code).severity, code).toBe("medium");
    }
  });

  it("matches codes after trimming and upper-casing", () => {
    expect(describeDtc(" p0133 ")).toMatchObject({ code: "P0133", known: true });
    expect(describeDtc("u0100").severity).toBe("high");
  });
});

describe("describeDtc: the structural fallback", () => {
  it.each([
    [
      "P1234",
      "Код производителя: двигатель и трансмиссия — дозирование топлива и воздуха, цепи форсунок (расшифровка зависит от марки)",
    ],
    [
      "P1300",
      "Код производителя: двигатель и трансмиссия — система зажигания, пропуски зажигания (расшифровка зависит от марки)",
    ],
    ["C1234", "Код производителя: шасси (расшифровка зависит от марки)"],
    ["B1234", "Код производителя: кузов (расшифровка зависит от марки)"],
    ["U1000", "Код производителя: сеть обмена данными (расшифровка зависит от марки)"],
    ["P3000", "Код производителя: двигатель и трансмиссия (расшифровка зависит от марки)"],
    ["B0001", "Общий код SAE: кузов (подробной расшифровки нет в справочнике)"],
    ["C0035", "Общий код SAE: шасси (подробной расшифровки нет в справочнике)"],
    ["U3000", "Общий код SAE: сеть обмена данными (подробной расшифровки нет в справочнике)"],
    [
      "P3400",
      "Общий код SAE: двигатель и трансмиссия — система отключения цилиндров (подробной расшифровки нет в справочнике)",
    ],
    [
      "P0364",
      "Общий код SAE: двигатель и трансмиссия — система зажигания, пропуски зажигания (подробной расшифровки нет в справочнике)",
    ],
    [
      "P0B12",
      "Общий код SAE: двигатель и трансмиссия — гибридная силовая установка (подробной расшифровки нет в справочнике)",
    ],
    ["P2F00", "Общий код SAE: двигатель и трансмиссия (подробной расшифровки нет в справочнике)"],
    [
      "U0250",
      "Общий код SAE: сеть обмена данными — потеря связи с блоком управления (подробной расшифровки нет в справочнике)",
    ],
    ["U0500", "Общий код SAE: сеть обмена данными (подробной расшифровки нет в справочнике)"],
  ])("%s", (code, description) => {
    expect(describeDtc(code)).toEqual({ code, description, severity: "medium", known: false });
  });

  it("tells generic from manufacturer's codes by J2012's split", () => {
    const manufacturer = ["P1000", "P3000", "P33FF", "B1000", "B2000", "C1000", "C2000", "U1000", "U2000"];
    const generic = ["P0FFF", "P2FFF", "P3400", "P3FFF", "B0FFF", "B3000", "C0FFF", "C3000", "U0FFF", "U3000"];
    for (const code of manufacturer) expect(describeDtc(code).description, code).toMatch(/^Код производителя: /);
    for (const code of generic) expect(describeDtc(code).description, code).toMatch(/^Общий код SAE: /);
  });
});

describe("describeDtc: malformed input", () => {
  it.each(["", "P013", "P01333", "X0133", "P4133", "P01G3", "0133", "P 0133"])(
    "%j is answered, not thrown, with «Неизвестный формат кода»",
    (input) => {
      expect(describeDtc(input)).toEqual({
        code: input,
        description: MALFORMED_DTC_DESCRIPTION,
        severity: "medium",
        known: false,
      });
    },
  );

  it("uses the wording the report shows", () => {
    expect(MALFORMED_DTC_DESCRIPTION).toBe("Неизвестный формат кода");
  });
});
