import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { wireTransformer } from "./transformer";

/** What goes on the wire: the serialized form as JSON text, or the error superjson raises. */
function wire(serialize: (value: unknown) => unknown, value: unknown): string {
  try {
    return JSON.stringify(serialize(value));
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

const shared = { id: "ses_1" };
// eslint-disable-next-line no-sparse-arrays -- a hole is the case under test
const withHole = [, 2];
const nullProto = Object.assign(Object.create(null) as object, { a: 1 });

describe("the wire transformer", () => {
  it.each([
    ["a session view", { id: "ses_1", contact: { email: "a@b.ru" }, endedAt: null, createdAt: 1_764_000_000_000 }],
    ["a list", [{ id: 1 }, { id: 2 }]],
    ["a Date", { at: new Date(0) }],
    ["undefined in an object", { a: undefined }],
    ["undefined in an array", [undefined]],
    ["a hole", withHole],
    ["NaN", { n: Number.NaN }],
    ["Infinity", [Number.POSITIVE_INFINITY]],
    ["minus zero", { z: -0 }],
    ["a bigint", { b: 10n }],
    ["a Map", new Map([["a", 1]])],
    ["a Set", { s: new Set([1]) }],
    ["a shared reference", { a: shared, b: shared }],
    ["a null-prototype object", nullProto],
    ["a key superjson refuses", JSON.parse('{"__proto__": {"x": 1}}') as unknown],
    ["a key with a dot", { "a.b": new Date(1) }],
    ["a class instance", { e: new Error("x") }],
    ["a nested depth of 40", Array.from({ length: 40 }).reduce<unknown>((inner) => ({ inner }), 1)],
  ])("writes exactly what superjson writes for %s", (_name, value) => {
    expect(wire(wireTransformer.serialize, value)).toBe(wire(superjson.serialize, value));
  });

  it("writes exactly what superjson writes for any value fast-check makes", () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withMap: true, withSet: true, withBigInt: true, withNullPrototype: true }),
        (value) => {
          expect(wire(wireTransformer.serialize, value)).toBe(wire(superjson.serialize, value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads a request's input as superjson does, annotations included", () => {
    const sent = superjson.serialize({ at: new Date(5), list: [1, undefined], big: 7n });
    expect(wireTransformer.deserialize(JSON.parse(JSON.stringify(sent)))).toEqual(superjson.deserialize(sent));
    expect(wireTransformer.deserialize({ json: { id: "ses_1" } })).toEqual({ id: "ses_1" });
  });
});
