import type { AnyTRPCRouter } from "@trpc/server";
import type { ProcedureMeta } from "@kiosk/api";
import { badRequest } from "@kiosk/core";
import { z, type ZodType } from "zod";
import { pathParams, type Caller, type RestRoute } from "./rest-route";

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  meta?: ProcedureMeta;
  inputs: unknown[];
  output?: unknown;
}

/**
 * The REST route table, read off the router: every procedure with `meta.rest`
 * answers at its path. The input is the path's `:params`, then the query (GET)
 * or the JSON body, merged into one object the procedure's own schema checks.
 */
export function procedureRoutes(router: AnyTRPCRouter): RestRoute[] {
  const procedures = router._def.procedures as Record<string, { _def: ProcedureDef }>;
  return Object.entries(procedures).flatMap(([name, { _def: def }]) => {
    const rest = def.meta?.rest;
    if (!rest) return [];
    const input = def.inputs[0] as ZodType | undefined;
    const fromPath = new Set(pathParams(rest.path));
    const queryKinds = rest.method === "GET" && input ? lazy(() => scalarKinds(input)) : null;
    const route: RestRoute = {
      method: rest.method,
      path: rest.path,
      summary: rest.summary,
      tier: def.meta?.tier ?? "public",
      successStatus: rest.status ?? 200,
      procedure: name,
      ...(input ? { input } : {}),
      ...(def.output ? { response: def.output as ZodType } : {}),
      limited: def.meta?.tier === "kiosk" && def.type === "mutation",
      handle: ({ caller, params, query, body }) => {
        const fromQuery = queryKinds ? queryInput(query, queryKinds(), fromPath) : {};
        return procedureOf(caller, name)({ ...fromQuery, ...bodyFields(body), ...params });
      },
    };
    return [route];
  });
}

/** The caller's function for a dotted procedure name (`sessions.get`). */
function procedureOf(caller: Caller, name: string): (input: unknown) => Promise<unknown> {
  const found = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return found as (input: unknown) => Promise<unknown>;
}

function bodyFields(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw badRequest("the request body must be a JSON object");
  }
  return body as Record<string, unknown>;
}

type ScalarKind = "string" | "number" | "boolean";

/** Query strings are text: numbers and booleans are read as the input's schema says they are. */
function queryInput(
  query: URLSearchParams,
  kinds: Map<string, ScalarKind>,
  fromPath: Set<string>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of query) {
    if (fromPath.has(key) || key in input) continue;
    const kind = kinds.get(key);
    input[key] = kind === "number" ? Number(raw) : kind === "boolean" ? raw === "true" || raw === "1" : raw;
  }
  return input;
}

function scalarKinds(input: ZodType): Map<string, ScalarKind> {
  const properties = (inputJsonSchema(input).properties ?? {}) as Record<string, { type?: string }>;
  const kinds = new Map<string, ScalarKind>();
  for (const [key, property] of Object.entries(properties)) {
    const type = property.type;
    kinds.set(key, type === "number" || type === "integer" ? "number" : type === "boolean" ? "boolean" : "string");
  }
  return kinds;
}

/** JSON Schema of what a caller sends: defaults make fields optional, as they are on the wire. */
export const inputJsonSchema = (schema: ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  } & Record<string, unknown>;

/** Computed on first use: JSON Schema generation costs start-up time no kiosk needs. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
