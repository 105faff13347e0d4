import { reportLinkToken } from "@kiosk/fleet-contract";
import { describe, expect, it } from "vitest";
import { linkTokenHash, newLinkToken, sealLinkToken, unsealLinkToken } from "./tokens";

const owner = { kioskId: "kiosk-1", reportId: "rpt_1", kioskToken: "kiosk-1-fleet-token-0123456789" };

describe("a link's token", () => {
  it("is 128 random bits as 22 base64url characters, never the same twice", () => {
    const tokens = Array.from({ length: 1_000 }, newLinkToken);
    for (const token of tokens) expect(token).toMatch(reportLinkToken);
    expect(new Set(tokens).size).toBe(1_000);
    expect(Buffer.from(tokens[0] ?? "", "base64url")).toHaveLength(16);
  });

  it("is looked up by its sha256, malformed or not", () => {
    expect(linkTokenHash("abc").toString("hex")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(linkTokenHash("../\u0000")).toHaveLength(32);
  });

  it("comes back unsealed only under the same kiosk's token, kiosk and report", () => {
    const token = newLinkToken();
    const sealed = sealLinkToken(token, owner);
    expect(sealed.toString("utf8")).not.toContain(token);
    expect(unsealLinkToken(sealed, owner)).toBe(token);
    expect(unsealLinkToken(sealed, { ...owner, kioskToken: "another-token-0123456789" })).toBeNull();
    expect(unsealLinkToken(sealed, { ...owner, kioskId: "kiosk-2" })).toBeNull();
    expect(unsealLinkToken(sealed, { ...owner, reportId: "rpt_2" })).toBeNull();
    expect(unsealLinkToken(Buffer.alloc(10), owner)).toBeNull();
    const flipped = Buffer.from(sealed);
    flipped[14] = (flipped[14] ?? 0) ^ 1;
    expect(unsealLinkToken(flipped, owner)).toBeNull();
  });
});
