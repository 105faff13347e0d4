import type { CallerIdentity, createRestCaller, Tier } from "@kiosk/api";
import { badRequest } from "@kiosk/core";
import type { ZodType } from "zod";

/** The REST layer's caller: every procedure, through its tier, with the domain's errors. */
export type Caller = ReturnType<typeof createRestCaller>;

/**
 * One REST path. Almost all come from a procedure's `meta.rest` (see
 * procedure-routes.ts); the PSP webhook and the raw PDF are written out
 * (explicit-routes.ts) because they are not plain JSON procedure calls.
 */
export interface RestRoute {
  method: "GET" | "POST" | "PATCH";
  /** Path template with `:param` segments; also the metrics label. */
  path: string;
  summary: string;
  tier: Tier;
  successStatus: number;
  /** The procedure whose input and output these are, when the route is one. */
  procedure?: string;
  /** What the route reads: `:params` from the path, the rest from the query (GET) or the JSON body. */
  input?: ZodType;
  response?: ZodType;
  /** A body other than JSON (the PDF); the response schema is then binary. */
  responseType?: string;
  /** Whether the route counts against the per-client limit for mutating kiosk calls (429). */
  limited: boolean;
  handle(args: RestArgs): Promise<unknown>;
}

export interface RestArgs {
  caller: Caller;
  identity: CallerIdentity;
  params: Record<string, string>;
  body: unknown;
  query: URLSearchParams;
}

/** A handler's answer with a status of its own choosing (the webhook's 200/400/403), or raw bytes (a PDF). */
export class RestResponse {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export interface CompiledRoute extends RestRoute {
  pattern: RegExp;
  paramNames: string[];
}

export const pathParams = (path: string): string[] => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);

export function compileRoutes(routes: RestRoute[]): CompiledRoute[] {
  const seen = new Set<string>();
  return routes.map((route) => {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`two REST routes for ${key}`);
    seen.add(key);
    const source = route.path.replace(/:([A-Za-z]+)/g, "([^/]+)");
    return { ...route, pattern: new RegExp(`^${source}$`), paramNames: pathParams(route.path) };
  });
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  pathname: string,
): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } | null {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const params = Object.fromEntries(route.paramNames.map((name, i) => [name, decodeSegment(match[i + 1] ?? "")]));
    return { route, params };
  }
  return allowed.length > 0 ? { allowed } : null;
}

/** A path segment as the client meant it; `%ZZ` and other broken escapes are the client's mistake. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest("the path is not valid percent-encoding");
  }
}
