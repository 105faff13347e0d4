import { TRPCClientError } from "@kiosk/client";
import { describe, expect, it } from "vitest";
import { customerMessage } from "./api";

/** An answer the agent gave, as the client hands it to a screen. */
const answer = (code: string, details: Record<string, unknown> = {}) =>
  new TRPCClientError("refused", { result: { error: { data: { code, httpStatus: 409, details } } } });

describe("customerMessage", () => {
  it("says a service whose device does not answer is unavailable, and what to do instead", () => {
    expect(customerMessage(answer("CONFLICT", { reason: "DEVICE_NOT_READY", service: "diagnostics" }))).toBe(
      "Услуга сейчас недоступна: прибор не отвечает. Нажмите «Отменить», чтобы выбрать другую услугу, или позовите оператора.",
    );
  });

  it("keeps the paid customer's payment in mind when no scan is there to make the report from", () => {
    expect(customerMessage(answer("CONFLICT", { reason: "NO_SCAN" }))).toBe(
      "Результат диагностики не найден. Оплата сохранена: пожалуйста, позовите оператора.",
    );
    expect(customerMessage(answer("CONFLICT", { reason: "NO_MEASUREMENT" }))).toBe(
      "Результат измерения не найден. Оплата сохранена: пожалуйста, позовите оператора.",
    );
    expect(customerMessage(answer("CONFLICT"))).toBe(
      "Этот шаг уже выполнен или сеанс завершён. Начните, пожалуйста, заново.",
    );
  });

  it("sends a customer who tried to finish early back to the lit zone", () => {
    expect(customerMessage(answer("CONFLICT", { reason: "MISSING_ZONES", missing: ["roof-center"] }))).toBe(
      "Измерены ещё не все зоны: приложите датчик к зоне, подсвеченной на схеме.",
    );
  });
});
