import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { maskContact, maskPii, serializeError } from "./mask";

describe("maskContact", () => {
  it("masks emails and phones in the forms customers type them", () => {
    expect(maskContact("client@example.com")).toBe("c***t@example.com");
    expect(maskContact("+79001234567")).toBe("+7900***4567");
    expect(maskContact("8 (900) 123-45-67")).toBe("89001***4567");
    expect(maskContact("+7 900 123 45 67")).toBe("+7900***4567");
  });

  it("leaves dates, timestamps, amounts and ids alone", () => {
    for (const value of [
      "2026-11-26",
      "2026-11-26T12:00:00.000Z",
      "1764158400000",
      "48000",
      "480.00",
      "ses_0000001234567",
      "P0420",
    ]) {
      expect(maskContact(value)).toBe(value);
    }
  });
});

describe("maskPii", () => {
  it("keeps an error's type, message, code, stack and cause, and masks contacts inside them", () => {
    const cause = new Error("connection refused");
    const error = new DomainError("PROVIDER_UNAVAILABLE", "SMTP rejected client@example.com", { transient: true });
    Object.assign(error, { cause });
    const masked = maskPii<unknown>({ err: error }) as { err: Record<string, unknown> };
    expect(masked.err).toMatchObject({
      type: "DomainError",
      message: "SMTP rejected c***t@example.com",
      code: "PROVIDER_UNAVAILABLE",
      details: { transient: true },
      cause: { type: "Error", message: "connection refused" },
    });
    expect(masked.err.stack).toMatch(/DomainError|Error/);
    expect(JSON.stringify(masked)).not.toContain("client@example.com");
  });

  it("does not mangle dates, numbers and booleans in nested details", () => {
    const details = {
      day: "2026-11-26",
      at: 1764158400000,
      amount: 48000,
      ok: true,
      when: new Date(Date.UTC(2026, 10, 26)),
    };
    expect(maskPii(details)).toEqual({ ...details, when: "2026-11-26T00:00:00.000Z" });
  });

  it("masks contacts anywhere in a structure, including inside free text", () => {
    expect(
      maskPii({ contact: { email: "a.b@mail.ru", phone: "+79001234567" }, note: "call +79001234567 now" }),
    ).toEqual({
      contact: { email: "a***b@mail.ru", phone: "+7900***4567" },
      note: "call +7900***4567 now",
    });
  });

  it("survives cycles and very deep values", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(maskPii(cyclic)).toEqual({ a: 1, self: "[Circular]" });
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => JSON.stringify(maskPii(deep))).not.toThrow();
  });

  it("serialises a plain error without a cause", () => {
    expect(serializeError(new TypeError("bad"))).toMatchObject({ type: "TypeError", message: "bad" });
  });
});
