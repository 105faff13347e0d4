import { describe, expect, it } from "vitest";
import { measurementFailures, scanActivity, scanFailures, scanFraction } from "./scan-texts";

describe("the diagnostics scan in the customer's words", () => {
  it("says each step the agent reports", () => {
    expect(scanActivity({ step: "waiting" })).toBe("Ждём адаптер…");
    expect(scanActivity({ step: "connecting" })).toBe("Подключаемся к автомобилю…");
    expect(scanActivity({ step: "protocol", protocol: "ISO 15765-4 CAN (11 bit, 500 kbaud)", ecus: 2 })).toBe(
      "Протокол: ISO 15765-4 CAN (11 bit, 500 kbaud), блоков: 2",
    );
    expect(scanActivity({ step: "reading", service: "stored", index: 2, of: 5, ecus: 2 })).toBe(
      "Читаем сохранённые коды (2 из 5)",
    );
    expect(scanActivity({ step: "reading", service: "vin", index: 5, of: 5, ecus: 2 })).toBe("Читаем VIN (5 из 5)");
    expect(scanActivity({ step: "done" })).toBe("Готово");
  });

  it("fills the bar in order, full only when done", () => {
    const steps = [
      scanFraction({ step: "waiting" }),
      scanFraction({ step: "connecting" }),
      scanFraction({ step: "protocol", protocol: "x", ecus: 1 }),
      ...[1, 2, 3, 4, 5].map((index) => scanFraction({ step: "reading", service: "status", index, of: 5, ecus: 1 })),
      scanFraction({ step: "done" }),
    ];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(1);
    expect(steps.at(-2)).toBe(0.85);
  });

  it("tells the customer what to do for a car they can fix, and sends for the operator otherwise", () => {
    expect(scanFailures.IGNITION_OFF.message).toMatch(/^Включите зажигание и нажмите «Повторить»/);
    expect(scanFailures.NO_VEHICLE.message).toMatch(/^Адаптер не вставлен в разъём OBD автомобиля/);
    expect(scanFailures.INTERRUPTED).toMatchObject({ operator: false, title: "Диагностика прервана" });
    for (const code of ["NO_ADAPTER", "UNPLUGGED", "ADAPTER_TIMEOUT", "BUS_ERROR"] as const) {
      expect(scanFailures[code]).toEqual({
        title: "Нужна помощь оператора",
        message: "Адаптер не отвечает. Пожалуйста, позовите оператора; оплата сохранена.",
        operator: true,
      });
    }
  });

  it("says a jammed cell plainly, whichever device was in it: the operator knows, the money is safe", () => {
    const jam =
      "Ячейка не открылась. Оператор уже получил сигнал. Оплата сохранена: можно повторить или попросить оператора вернуть деньги.";
    expect(scanFailures.LOCKER_JAMMED).toEqual({ title: "Нужна помощь оператора", message: jam, operator: true });
    expect(measurementFailures.LOCKER_JAMMED).toEqual(scanFailures.LOCKER_JAMMED);
    expect(measurementFailures.LOCKER_GARBLED.operator).toBe(true);
  });

  it("names the gauge, not the adapter, when a measurement fails on its device", () => {
    expect(measurementFailures.NO_ADAPTER.message).toBe(
      "Толщиномер не отвечает. Пожалуйста, позовите оператора; оплата сохранена.",
    );
    expect(measurementFailures.INTERRUPTED).toMatchObject({ operator: false, title: "Измерение прервано" });
  });
});
