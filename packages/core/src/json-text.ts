import { maxJsonDepth } from "./json-depth";

/**
 * Why a parsed JSON value cannot be stored as it is: text that PostgreSQL (and
 * any UTF-8 store) refuses, a key that objects drop or superjson refuses to
 * send back, a value JSON cannot carry (a transformer can: a BigInt, a Date, a
 * Map), or nesting that breaks recursive code further on. `path` names the field.
 */
export interface JsonTextProblem {
  path: string;
  problem: "nul" | "lone_surrogate" | "prototype_key" | "not_json" | "too_deep";
  message: string;
}

/** Whether a string is safe for every store the agent's data goes to: no NUL, no lone surrogate. */
export const isStorableText = (text: string): boolean => text.isWellFormed() && !text.includes("\u0000");

function textProblem(text: string, path: string): JsonTextProblem | null {
  if (text.includes("\u0000")) return { path, problem: "nul", message: "must not contain NUL (\\u0000)" };
  if (!text.isWellFormed()) {
    return { path, problem: "lone_surrogate", message: "must be valid Unicode (a lone surrogate is not)" };
  }
  return null;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** Keys that vanish in an object spread (`__proto__`) or that superjson refuses in an answer. */
const prototypeKeys = new Set(["__proto__", "constructor", "prototype"]);

function notJson(node: unknown): boolean {
  switch (typeof node) {
    case "string":
    case "boolean":
    case "undefined": // an absent optional field, as in-process callers pass it
      return false;
    case "number":
      return !Number.isFinite(node);
    case "object": {
      if (node === null || Array.isArray(node)) return false;
      const prototype = Object.getPrototypeOf(node) as unknown;
      return prototype !== Object.prototype && prototype !== null;
    }
    case "bigint":
    case "function":
    case "symbol":
      return true;
  }
}

/**
 * The first problem in a parsed JSON value, or null. Walks without recursion, so
 * a hostile 20,000-deep body is measured, not followed into a stack overflow.
 * Prototype keys are refused rather than dropped unseen by object spreads and
 * schema parsers, or stored only to break every later answer that holds them.
 */
export function findJsonTextProblem(value: unknown, limit = maxJsonDepth): JsonTextProblem | null {
  const stack: Array<[unknown, string, number]> = [[value, "", 1]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof node === "string") {
      const problem = textProblem(node, path || "(input)");
      if (problem) return problem;
      continue;
    }
    if (notJson(node)) return { path: path || "(input)", problem: "not_json", message: "must be plain JSON" };
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return { path: path || "(input)", problem: "too_deep", message: `nests deeper than ${limit}` };
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push([child, join(path, index), depth + 1]));
      continue;
    }
    for (const key of Object.keys(node)) {
      const at = join(path, key);
      if (prototypeKeys.has(key))
        return { path: at, problem: "prototype_key", message: `a key named ${key} is refused` };
      const problem = textProblem(key, at);
      if (problem) return { ...problem, message: `key ${problem.message}` };
      stack.push([(node as Record<string, unknown>)[key], at, depth + 1]);
    }
  }
  return null;
}

const storableString = (text: string) => text.toWellFormed().replaceAll("\u0000", "\uFFFD");

/**
 * A copy of JSON the agent made itself (a provider's error message cut at 500
 * characters can split a surrogate pair) that every store takes: NUL and lone
 * surrogates become U+FFFD, prototype keys get a leading underscore. For text
 * from callers, refuse instead (findJsonTextProblem).
 */
export function toStorableJson(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return storableString(value);
  if (value === null || typeof value !== "object" || depth > maxJsonDepth) return value;
  if (Array.isArray(value)) return value.map((item) => toStorableJson(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      prototypeKeys.has(key) ? `_${key}` : storableString(key),
      toStorableJson(item, depth + 1),
    ]),
  );
}
