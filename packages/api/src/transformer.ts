import superjson from "superjson";

/** Deeper than any view the API returns: such a value takes superjson's own walk. */
const maxDepth = 32;

/**
 * Whether superjson would hand `value` back untouched: only strings, booleans,
 * null, finite numbers other than -0, arrays and plain objects,
 * none of them met twice, no key superjson refuses. Anything else (a Date,
 * undefined, NaN, a Map, a shared reference) needs its annotations.
 */
function isPlainJson(value: unknown, seen: Set<object>, depth: number): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      break;
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return false;
  }
  if (value === null) return true;
  if (depth > maxDepth || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    // A hole reads as undefined, which is not plain JSON: superjson annotates it.
    for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], seen, depth + 1)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
    if (!isPlainJson((value as Record<string, unknown>)[key], seen, depth + 1)) return false;
  }
  return true;
}

/**
 * superjson, as the design asks, with its walk skipped where it changes
 * nothing: a view made only of JSON values serializes to `{ json: value }`,
 * exactly what superjson writes for it, and a request body just parsed is
 * nobody else's, so it is read in place (superjson's documented `inPlace`)
 * instead of deep-copied first. Only superjson's public API; the test beside it
 * fails when a superjson upgrade writes anything else. It stays while it pays at
 * the agent: `pnpm bench`'s A/B, wireTransformer (b) over (d).
 */
export const wireTransformer = {
  serialize: (value: unknown): unknown =>
    isPlainJson(value, new Set(), 0) ? { json: value } : superjson.serialize(value),
  deserialize: (payload: unknown): unknown =>
    superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0], { inPlace: true }),
};
