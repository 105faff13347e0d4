import type { ScanErrorCode, ScanView } from "../api";

type ScanProgress = ScanView["progress"];
type ReadService = Extract<ScanProgress, { step: "reading" }>["service"];

const reading: Record<ReadService, string> = {
  status: "Читаем состояние лампы «Check Engine»",
  stored: "Читаем сохранённые коды",
  pending: "Читаем ожидающие коды",
  permanent: "Читаем постоянные коды",
  vin: "Читаем VIN",
};

/** What the agent's scan is doing now, in words a customer reads at a glance. */
export function scanActivity(progress: ScanProgress): string {
  switch (progress.step) {
    case "waiting":
      return "Ждём адаптер…";
    case "connecting":
      return "Подключаемся к автомобилю…";
    case "protocol":
      return `Протокол: ${progress.protocol}, блоков: ${progress.ecus}`;
    case "reading":
      return `${reading[progress.service]} (${progress.index} из ${progress.of})`;
    case "done":
      return "Готово";
    case "failed":
      return "Диагностика прервана";
  }
}

/** How far the scan is, 0 to 1: the connection takes the first quarter, the five readings the rest. */
export function scanFraction(progress: ScanProgress): number {
  switch (progress.step) {
    case "waiting":
      return 0.05;
    case "connecting":
      return 0.15;
    case "protocol":
      return 0.25;
    case "reading":
      return 0.25 + (0.75 * (progress.index - 1)) / progress.of;
    case "done":
      return 1;
    case "failed":
      return 0;
  }
}

export interface ScanFailure {
  /** What happened, as the screen's title. */
  title: string;
  /** What to do now. */
  message: string;
  /** The customer cannot fix it: the operator is the way on, a retry only a second chance. */
  operator: boolean;
}

const adapterSilent: ScanFailure = {
  title: "Нужна помощь оператора",
  message: "Адаптер не отвечает. Пожалуйста, позовите оператора; оплата сохранена.",
  operator: true,
};

/** The locker's faults, the same whichever device was in the cell: the operator has been paged for a jam. */
const lockerFailures = {
  LOCKER_JAMMED: {
    title: "Нужна помощь оператора",
    message:
      "Ячейка не открылась. Оператор уже получил сигнал. Оплата сохранена: можно повторить или попросить оператора вернуть деньги.",
    operator: true,
  },
  LOCKER_GARBLED: {
    title: "Нужна помощь оператора",
    message: "Ячейки с устройствами не отвечают. Пожалуйста, позовите оператора; оплата сохранена.",
    operator: true,
  },
  // The last customer's device is not back: the service is off sale, so a paid visit meets it only by a race.
  DEVICE_NOT_RETURNED: {
    title: "Нужна помощь оператора",
    message: "Устройства нет в ячейке. Оператор уже получил сигнал; оплата сохранена.",
    operator: true,
  },
} satisfies Record<string, ScanFailure>;

/**
 * Why a scan failed, for the customer: the two situations they can fix themselves
 * (the ignition, the plug) say how; the device's own faults send for the operator.
 */
export const scanFailures: Record<ScanErrorCode, ScanFailure> = {
  IGNITION_OFF: {
    title: "Зажигание выключено",
    message: "Включите зажигание и нажмите «Повторить». Двигатель заводить не нужно.",
    operator: false,
  },
  NO_VEHICLE: {
    title: "Нет связи с автомобилем",
    message: "Адаптер не вставлен в разъём OBD автомобиля. Вставьте его в разъём под рулём и нажмите «Повторить».",
    operator: false,
  },
  // Stopped, not failed (the agent restarted, or another scan took the adapter): nothing to fix, only to start again.
  INTERRUPTED: {
    title: "Диагностика прервана",
    message: "Диагностика прервалась. Нажмите «Повторить», чтобы начать заново.",
    operator: false,
  },
  NO_ADAPTER: adapterSilent,
  UNPLUGGED: adapterSilent,
  ADAPTER_TIMEOUT: adapterSilent,
  BUS_ERROR: adapterSilent,
  ...lockerFailures,
};

const gaugeSilent: ScanFailure = {
  title: "Нужна помощь оператора",
  message: "Толщиномер не отвечает. Пожалуйста, позовите оператора; оплата сохранена.",
  operator: true,
};

/**
 * Why a thickness measurement failed. The gauge only talks, so nothing is the
 * customer's to fix but an interruption; a car's faults (ignition, plug) never
 * reach a gauge and read as the gauge not answering.
 */
export const measurementFailures: Record<ScanErrorCode, ScanFailure> = {
  INTERRUPTED: {
    title: "Измерение прервано",
    message: "Измерение прервалось. Нажмите «Повторить», чтобы продолжить: измеренные зоны сохранены.",
    operator: false,
  },
  NO_ADAPTER: gaugeSilent,
  UNPLUGGED: gaugeSilent,
  ADAPTER_TIMEOUT: gaugeSilent,
  BUS_ERROR: gaugeSilent,
  IGNITION_OFF: gaugeSilent,
  NO_VEHICLE: gaugeSilent,
  ...lockerFailures,
};
