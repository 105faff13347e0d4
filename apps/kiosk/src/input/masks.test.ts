import { describe, expect, it } from "vitest";
import { formatPhone, isValid, normalizeEmail, phoneDigits, phoneE164, validateContact } from "./masks";

describe("phone mask", () => {
  it("reads the ways Russians write a mobile number", () => {
    for (const typed of ["+7 900 123-45-67", "89001234567", "8 (900) 123 45 67", "9001234567", "79001234567"]) {
      expect(phoneE164(phoneDigits(typed)), typed).toBe("+79001234567");
    }
  });

  it("shows the mask while typing and caps the digits at ten", () => {
    expect(formatPhone("")).toBe("+7 (___) ___-__-__");
    expect(formatPhone("90012")).toBe("+7 (900) 12_-__-__");
    expect(formatPhone(phoneDigits("90012345678999"))).toBe("+7 (900) 123-45-67");
  });

  it("is not a phone until all ten digits are there", () => {
    expect(phoneE164("900123456")).toBeNull();
    expect(phoneE164("0001234567")).toBeNull();
  });
});

describe("validateContact", () => {
  const good = { email: "", phoneDigits: "9001234567", consent: true };

  it("accepts an email, a phone, or both, with consent", () => {
    expect(isValid(validateContact(good))).toBe(true);
    expect(isValid(validateContact({ ...good, phoneDigits: "", email: "Ivan.Petrov@Mail.ru " }))).toBe(true);
    expect(normalizeEmail(" Ivan.Petrov@Mail.ru ")).toBe("ivan.petrov@mail.ru");
  });

  it("explains each problem in Russian", () => {
    expect(validateContact({ email: "ivan@", phoneDigits: "900123", consent: false })).toEqual({
      email: "Проверьте адрес: нужен символ @ и домен, например ivan@mail.ru",
      phone: "В номере не хватает цифр: нужно 10 после +7, введено 6",
      consent: "Без согласия на обработку персональных данных мы не сможем отправить отчёт",
    });
    expect(validateContact({ email: "", phoneDigits: "", consent: true }).form).toBe(
      "Укажите email или номер телефона: туда придёт отчёт",
    );
  });
});
