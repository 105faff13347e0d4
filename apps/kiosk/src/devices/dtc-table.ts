import type { Dtc } from "../visit/machine";

/**
 * Real OBD-II trouble codes (SAE J2012 generic ones) with what they mean in
 * Russian and how urgent they are: what the simulated scanner draws from.
 */
export const dtcTable: readonly Dtc[] = [
  { code: "P0300", description: "Случайные пропуски зажигания в нескольких цилиндрах", severity: "high" },
  { code: "P0301", description: "Пропуски зажигания в цилиндре 1", severity: "high" },
  { code: "P0302", description: "Пропуски зажигания в цилиндре 2", severity: "high" },
  { code: "P0171", description: "Слишком бедная топливовоздушная смесь (банк 1)", severity: "medium" },
  { code: "P0172", description: "Слишком богатая топливовоздушная смесь (банк 1)", severity: "medium" },
  {
    code: "P0420",
    description: "Эффективность каталитического нейтрализатора ниже порога (банк 1)",
    severity: "medium",
  },
  { code: "P0128", description: "Двигатель не прогревается: температура ниже порога термостата", severity: "low" },
  {
    code: "P0101",
    description: "Датчик массового расхода воздуха: сигнал вне допустимого диапазона",
    severity: "medium",
  },
  { code: "P0113", description: "Датчик температуры впускного воздуха: высокий уровень сигнала", severity: "medium" },
  { code: "P0121", description: "Датчик положения дроссельной заслонки: сигнал вне диапазона", severity: "medium" },
  { code: "P0135", description: "Цепь подогрева кислородного датчика (банк 1, датчик 1)", severity: "medium" },
  { code: "P0141", description: "Цепь подогрева кислородного датчика (банк 1, датчик 2)", severity: "low" },
  { code: "P0011", description: "Опережение фаз газораспределения выше нормы (банк 1)", severity: "medium" },
  { code: "P0016", description: "Рассогласование положения коленчатого и распределительного валов", severity: "high" },
  { code: "P0087", description: "Низкое давление топлива в рампе", severity: "high" },
  { code: "P0217", description: "Перегрев двигателя", severity: "high" },
  { code: "P0325", description: "Датчик детонации 1: неисправность цепи", severity: "medium" },
  { code: "P0335", description: "Датчик положения коленчатого вала: неисправность цепи", severity: "high" },
  { code: "P0340", description: "Датчик положения распределительного вала: неисправность цепи", severity: "high" },
  { code: "P0351", description: "Катушка зажигания A: неисправность цепи", severity: "high" },
  { code: "P0401", description: "Недостаточный поток системы рециркуляции отработавших газов", severity: "medium" },
  { code: "P0442", description: "Малая утечка в системе улавливания паров топлива", severity: "low" },
  {
    code: "P0446",
    description: "Клапан вентиляции системы улавливания паров топлива: неисправность цепи",
    severity: "low",
  },
  { code: "P0455", description: "Большая утечка в системе улавливания паров топлива", severity: "medium" },
  { code: "P0500", description: "Датчик скорости автомобиля: неисправность", severity: "medium" },
  { code: "P0505", description: "Система регулирования холостого хода: неисправность", severity: "medium" },
  { code: "P0507", description: "Обороты холостого хода выше нормы", severity: "low" },
  { code: "P0562", description: "Низкое напряжение бортовой сети", severity: "medium" },
  { code: "P0606", description: "Внутренняя неисправность процессора блока управления двигателем", severity: "high" },
  { code: "P0700", description: "Неисправность системы управления автоматической коробкой передач", severity: "high" },
  { code: "P0715", description: "Датчик частоты вращения входного вала АКПП: неисправность цепи", severity: "high" },
  { code: "P2096", description: "Коррекция смеси после катализатора: слишком бедная (банк 1)", severity: "low" },
  { code: "C0035", description: "Датчик скорости левого переднего колеса: неисправность цепи", severity: "medium" },
  { code: "C0040", description: "Датчик скорости правого переднего колеса: неисправность цепи", severity: "medium" },
  { code: "C0265", description: "Реле электродвигателя насоса ABS: неисправность цепи", severity: "high" },
  { code: "B0001", description: "Фронтальная подушка безопасности водителя: неисправность цепи", severity: "high" },
  { code: "B0100", description: "Датчик фронтального удара: неисправность цепи", severity: "high" },
  { code: "U0100", description: "Нет связи с блоком управления двигателем", severity: "high" },
  { code: "U0121", description: "Нет связи с блоком ABS", severity: "medium" },
  { code: "U0140", description: "Нет связи с блоком кузовной электроники", severity: "low" },
  { code: "U0155", description: "Нет связи с приборной панелью", severity: "low" },
];

/** The control units a scan asks in turn, for the progress screen. */
export const controlUnits = [
  "блок управления двигателем",
  "автоматическая коробка передач",
  "система ABS",
  "подушки безопасности",
  "кузовная электроника",
  "приборная панель",
] as const;
