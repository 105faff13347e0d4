import { maxJsonDepth } from "./json-depth";

/**
 * Why a parsed JSON value cannot be stored as it is: text that PostgreSQL (and
 * any UTF-8 store) refuses, a key that JavaScript objects silently drop, or
 * nesting that breaks recursive code further on. `path` names the field.
 */
export interface JsonTextProblem {
  path: string;
  problem: "nul" | "lone_surrogate" | "prototype_key" | "too_deep";
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

/**
 * The first problem in a parsed JSON value, or null. Walks without recursion, so
 * a hostile 20,000-deep body is measured, not followed into a stack overflow.
 * `__proto__` keys are refused rather than dropped unseen by object spreads
 * and schema parsers.
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
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return { path: path || "(input)", problem: "too_deep", message: `nests deeper than ${limit}` };
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push([child, join(path, index), depth + 1]));
      continue;
    }
    for (const key of Object.keys(node)) {
      const at = join(path, key);
      if (key === "__proto__")
        return { path: at, problem: "prototype_key", message: "a key named __proto__ is refused" };
      const problem = textProblem(key, at);
      if (problem) return { ...problem, message: `key ${problem.message}` };
      stack.push([(node as Record<string, unknown>)[key], at, depth + 1]);
    }
  }
  return null;
}
