import { describe, expect, it } from "vitest";
import { findJsonTextProblem, isStorableText, toStorableJson } from "./json-text";

describe("findJsonTextProblem", () => {
  it("passes ordinary JSON, Cyrillic and emoji included", () => {
    expect(findJsonTextProblem({ reason: "ошибка датчика 🚗", codes: ["P0300"], n: 1, ok: null })).toBeNull();
    expect(isStorableText("ёж 🚗")).toBe(true);
  });

  it("names the field holding a NUL or a lone surrogate, in values and in keys", () => {
    expect(findJsonTextProblem(JSON.parse('{"reason":"device\\u0000error"}'))).toMatchObject({
      path: "reason",
      problem: "nul",
    });
    expect(findJsonTextProblem(JSON.parse('{"a":[{"b":"\\ud800"}]}'))).toMatchObject({
      path: "a.0.b",
      problem: "lone_surrogate",
    });
    expect(findJsonTextProblem(JSON.parse('{"\\udfff":1}'))).toMatchObject({ problem: "lone_surrogate" });
    expect(findJsonTextProblem("\u0000")).toMatchObject({ path: "(input)", problem: "nul" });
  });

  it("refuses __proto__ keys instead of letting them vanish", () => {
    expect(findJsonTextProblem(JSON.parse('{"metadata":{"__proto__":{"x":1}}}'))).toMatchObject({
      path: "metadata.__proto__",
      problem: "prototype_key",
    });
  });

  it("refuses constructor and prototype keys, which superjson will not send back", () => {
    expect(findJsonTextProblem({ details: { constructor: { a: 1 } } })).toMatchObject({
      path: "details.constructor",
      problem: "prototype_key",
    });
    expect(findJsonTextProblem({ prototype: 1 })).toMatchObject({ problem: "prototype_key" });
  });

  it("refuses what JSON cannot carry (a transformer can), and lets an absent optional field pass", () => {
    expect(findJsonTextProblem({ n: 1n })).toMatchObject({ path: "n", problem: "not_json" });
    expect(findJsonTextProblem({ details: new Date(0) })).toMatchObject({ path: "details", problem: "not_json" });
    expect(findJsonTextProblem({ m: new Map() })).toMatchObject({ problem: "not_json" });
    expect(findJsonTextProblem({ x: Number.NaN })).toMatchObject({ problem: "not_json" });
    expect(findJsonTextProblem({ limit: undefined, ok: [1, "a", null, true] })).toBeNull();
  });

  it("measures a 20,000-deep value without recursing", () => {
    const deep = JSON.parse("[".repeat(20_000) + "]".repeat(20_000)) as unknown;
    expect(findJsonTextProblem(deep)).toMatchObject({ problem: "too_deep" });
    expect(findJsonTextProblem([[["x"]]], 3)).toBeNull();
    expect(findJsonTextProblem([[[["x"]]]], 3)).toMatchObject({ path: "0.0.0", problem: "too_deep" });
  });

  it("makes the agent's own text storable: NUL, a split surrogate pair and prototype keys", () => {
    const cut = "ошибка 🚗".slice(0, 8); // ends in half of the emoji's surrogate pair
    const clean = toStorableJson({ lastError: `bad\u0000${cut}`, nested: [{ constructor: 1 }] });
    expect(findJsonTextProblem(clean)).toBeNull();
    expect(clean).toEqual({ lastError: "bad\uFFFDошибка \uFFFD", nested: [{ _constructor: 1 }] });
  });
});
