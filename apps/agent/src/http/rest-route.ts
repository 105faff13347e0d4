import type { CallerIdentity, createCaller, InnerContext } from "@kiosk/api";
import type { ZodType } from "zod";
import { HttpError } from "./io";

export type Caller = ReturnType<typeof createCaller>;

/** One REST path of the original API, answered by a tRPC procedure. */
export interface RestRoute {
  method: "GET" | "POST" | "PATCH";
  /** Path template with `:param` segments; also the metrics label. */
  path: string;
  summary: string;
  tier: "public" | "kiosk" | "operator";
  successStatus?: number;
  body?: ZodType;
  response?: ZodType;
  handle(args: RestArgs): Promise<unknown>;
}

export interface RestArgs {
  caller: Caller;
  identity: CallerIdentity;
  inner: InnerContext;
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

export function compileRoutes(routes: RestRoute[]): CompiledRoute[] {
  return routes.map((route) => {
    const paramNames: string[] = [];
    const source = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      paramNames.push(name);
      return "([^/]+)";
    });
    return { ...route, pattern: new RegExp(`^${source}$`), paramNames };
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
    throw new HttpError(400, "BAD_REQUEST", "the path is not valid percent-encoding");
  }
}
