import type { Histogram } from "prom-client";

/**
 * An observe function for a histogram whose label sets repeat (a procedure, a
 * route): each set's child is looked up once and kept, so a request does not
 * hash its labels again on the hot path. Label values come from fixed sets
 * (procedure paths, route templates, outcomes), so the map stays small.
 */
export function cachedObserver<L extends string>(
  histogram: Histogram<L>,
  labelNames: readonly L[],
): (values: readonly string[], seconds: number) => void {
  const children = new Map<string, { observe(value: number): void }>();
  return (values, seconds) => {
    const key = values.join("\u0000");
    let child = children.get(key);
    if (!child) {
      child = histogram.labels(
        Object.fromEntries(labelNames.map((name, i) => [name, values[i] ?? ""])) as Record<L, string>,
      );
      children.set(key, child);
    }
    child.observe(seconds);
  };
}
