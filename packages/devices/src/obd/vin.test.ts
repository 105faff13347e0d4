import { describe, expect, it } from "vitest";
import { bytes } from "./test-helpers";
import { decodeVin, vinCheckDigitMatches } from "./vin";

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

describe("decodeVin", () => {
  it("reads a CAN answer: 49 02 01 and 17 characters", () => {
    expect(decodeVin(Uint8Array.from([0x49, 0x02, 0x01, ...ascii("1HGCM82633A004352")]))).toBe("1HGCM82633A004352");
  });

  it("reads a joined legacy answer: 49 02, 3 zero bytes, 17 characters", () => {
    expect(decodeVin(bytes("49 02 00 00 00 31 48 47 43 4D 38 32 36 33 33 41 30 30 34 33 35 32"))).toBe(
      "1HGCM82633A004352",
    );
  });

  it("drops NUL padding after the VIN", () => {
    expect(decodeVin(Uint8Array.from([0x49, 0x02, 0x01, ...ascii("WP0ZZZ99ZTS392124"), 0, 0]))).toBe(
      "WP0ZZZ99ZTS392124",
    );
  });

  it("is null for garbage", () => {
    const answer = (text: string) => Uint8Array.from([0x49, 0x02, 0x01, ...ascii(text)]);
    expect(decodeVin(answer("1HGCM82633A00435"))).toBeNull(); // 16 characters
    expect(decodeVin(answer("1HGCM82633AO04352"))).toBeNull(); // O
    expect(decodeVin(answer("1HGCM8263IA004352"))).toBeNull(); // I
    expect(decodeVin(answer("1HGCM82633Q004352"))).toBeNull(); // Q
    expect(decodeVin(answer("1hgcm82633a004352"))).toBeNull(); // lower case
    expect(decodeVin(answer("1HGCM82633A00435\u0001"))).toBeNull();
    expect(decodeVin(answer("00000000000000000"))).toBeNull(); // never programmed
    expect(decodeVin(Uint8Array.from([0x49, 0x02, 0x01, ...new Array<number>(17).fill(0)]))).toBeNull();
    expect(decodeVin(Uint8Array.from([0x49, 0x04, 0x01, ...ascii("1HGCM82633A004352")]))).toBeNull(); // a CALID
    expect(decodeVin(bytes("7F 09 12"))).toBeNull();
  });
});

describe("vinCheckDigitMatches (49 CFR 565)", () => {
  it("accepts North American VINs whose 9th character is the check digit", () => {
    expect(vinCheckDigitMatches("1HGCM82633A004352")).toBe(true);
    expect(vinCheckDigitMatches("1M8GDM9AXKP042788")).toBe(true); // check digit X (remainder 10)
  });

  it("rejects a changed character", () => {
    expect(vinCheckDigitMatches("1HGCM82643A004352")).toBe(false);
  });

  it("says no for a European VIN without a check digit; decodeVin still returns it", () => {
    expect(vinCheckDigitMatches("WP0ZZZ99ZTS392124")).toBe(false);
    expect(decodeVin(Uint8Array.from([0x49, 0x02, 0x01, ...ascii("WP0ZZZ99ZTS392124")]))).toBe("WP0ZZZ99ZTS392124");
  });

  it("says no for what is not a VIN", () => {
    expect(vinCheckDigitMatches("1HGCM8263")).toBe(false);
  });
});
