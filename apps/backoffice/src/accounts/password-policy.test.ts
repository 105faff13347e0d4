import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { assertPasswordAllowed } from "./password-policy";
import { argon2Options, dummyPasswordHash, hashPassword, passwordMatches } from "./passwords";

const email = "ivan.petrov@avtoservis.ru";

const refusal = (password: string, forEmail = email) => {
  try {
    assertPasswordAllowed(password, forEmail);
    return null;
  } catch (error) {
    const { code, details, message } = error as { code: string; details?: { refusal?: string }; message: string };
    return { code, refusal: details?.refusal, message };
  }
};

describe("the console's password rules (OWASP ASVS 2.1)", () => {
  it.each([
    ["a passphrase", "лошадь батарея скрепка"],
    ["random characters", "x7Kq9mPz2Lw4"],
    ["Unicode of any kind", "日本語のパスワードです🔑ok"],
    ["a common word among unusual ones", "password is not my тапир"],
    [
      "exactly 128 characters",
      Array.from({ length: 128 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000))).join(""),
    ],
  ])("takes %s", (_, password) => {
    expect(refusal(password)).toBeNull();
  });

  it.each([
    ["11 characters", "x7Kq9mPz2Lw", /не меньше 12 символов, сейчас 11/],
    ["11 code points that are 22 UTF-16 units", "🔑".repeat(11), /сейчас 11/],
    ["129 characters", "q8z".repeat(43), /не больше 128/],
    ["a common password padded", "password123456", /легко подобрать/],
    ["leetspeak of one", "P@ssw0rd2024!", /легко подобрать/],
    ["Russian typed on a Latin layout", "gfhjkmgfhjkm1", /легко подобрать/],
    ["Cyrillic words", "пароль-админ-киоск", /легко подобрать/],
    ["a keyboard walk", "qwertyuiop[]", /легко подобрать/],
    ["a Russian keyboard walk", "йцукенгшщзхъ", /легко подобрать/],
    ["one character repeated", "zzzzzzzzzzzzzz", /легко подобрать/],
    ["a repeated chunk", "x7Kqx7Kqx7Kqx7Kq", /легко подобрать/],
    ["an ascending sequence", "abcdefghijklmn", /легко подобрать/],
    ["a descending one", "9876543210zyx", /легко подобрать/],
    ["the email's local part", "ivan.petrov-is-here", /«ivan\.petrov»/],
    ["a name of the email's domain", "my avtoservis pass", /«avtoservis»/],
  ])("refuses %s with 400 WEAK_PASSWORD", (_, password, message) => {
    const got = refusal(password);
    expect(got).toMatchObject({ code: "BAD_REQUEST", refusal: "WEAK_PASSWORD" });
    expect(got?.message).toMatch(message);
  });

  it("says why in Russian and in English", () => {
    expect(refusal("short")?.message).toBe(
      "Пароль слишком короткий: нужно не меньше 12 символов, сейчас 5. The password is too short: at least 12 characters, 5 given.",
    );
  });
});

describe("argon2id", () => {
  it("hashes with OWASP's parameters, and the dummy hash an unknown email is checked against has the same", async () => {
    const made = await hashPassword("лошадь батарея скрепка");
    expect(made).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { memoryCost, timeCost, parallelism, algorithm } = parseOptions(made);
    expect({ memoryCost, timeCost, parallelism, algorithm }).toEqual(argon2Options);
    const dummy = parseOptions(dummyPasswordHash);
    expect({ memoryCost: dummy.memoryCost, timeCost: dummy.timeCost, parallelism: dummy.parallelism }).toEqual({
      memoryCost: argon2Options.memoryCost,
      timeCost: argon2Options.timeCost,
      parallelism: argon2Options.parallelism,
    });
    expect(await passwordMatches(made, "лошадь батарея скрепка")).toBe(true);
    expect(await passwordMatches(made, "лошадь батарея скрепкa")).toBe(false);
    // NFKC: a full-width digit is the digit.
    const digits = await hashPassword("ключ от гаража 42");
    expect(await passwordMatches(digits, "ключ от гаража ４２")).toBe(true);
    expect(await passwordMatches("not a hash", "anything")).toBe(false);
  });
});
