import { z, type ZodType } from "zod";
import { inputJsonSchema } from "./procedure-routes";
import { pathParams, type RestRoute } from "./rest-route";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "Stable error code, e.g. BAD_REQUEST, NOT_FOUND, CONFLICT" },
        message: { type: "string" },
        issues: {
          type: "array",
          description: "One entry per bad field (400)",
          items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
        },
        details: { type: "object", description: "Machine-readable facts about the error (limits, states)" },
      },
    },
  },
};

const errorMeanings: Record<string, string> = {
  "400": "Invalid input; `issues` names each bad field",
  "401": "A token is required",
  "403": "The token is wrong, or the caller (or environment) is not allowed",
  "404": "No such entity",
  "409": "Illegal state transition, or a limit of the entity reached",
  "413": "Body too large",
  "415": "Body is not application/json",
  "429": "Too many calls from this client; see Retry-After",
  "503": "Storage cannot take writes (disk full or failing)",
};

const rateLimitHeaders = {
  "Retry-After": { description: "Seconds until the client may call again", schema: { type: "integer" } },
  "RateLimit-Limit": { description: "Calls allowed per window", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Calls left in this window", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
};

/** Which errors a route can answer, from what it is: its tier, its method, its path. */
function errorStatuses(route: RestRoute): string[] {
  const mutates = route.method !== "GET";
  return [
    "400",
    // The webhook is public but refuses senders outside YooKassa's addresses.
    ...(route.tier === "public" ? (route.procedure ? [] : ["403"]) : ["401", "403"]),
    ...(pathParams(route.path).length > 0 ? ["404"] : []),
    ...(mutates && route.procedure ? ["409"] : []),
    ...(mutates ? ["413", "415"] : []),
    ...(route.limited ? ["429"] : []),
    "503",
  ].filter((status, i, all) => all.indexOf(status) === i);
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

/** The input's fields minus those the path carries. */
function withoutPathFields(schema: JsonSchema, fromPath: string[]): JsonSchema {
  const { $schema: _, required: allRequired = [], ...rest } = schema;
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => !fromPath.includes(k)));
  const required = allRequired.filter((k) => !fromPath.includes(k));
  return { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
}

const outputSchema = (schema: ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return rest;
};

function operation(route: RestRoute) {
  const fromPath = pathParams(route.path);
  const input = route.input ? withoutPathFields(inputJsonSchema(route.input), fromPath) : null;
  const fields = Object.entries(input?.properties ?? {});
  const parameters = [
    ...fromPath.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...(route.method === "GET"
      ? fields.map(([name, schema]) => ({
          name,
          in: "query",
          required: input?.required?.includes(name) ?? false,
          schema,
        }))
      : []),
  ];
  const body =
    route.method !== "GET" && input && fields.length > 0
      ? {
          requestBody: {
            required: (input.required ?? []).length > 0,
            content: { "application/json": { schema: input } },
          },
        }
      : {};
  const success = route.responseType
    ? { content: { [route.responseType]: { schema: { type: "string", contentMediaType: route.responseType } } } }
    : route.response
      ? { content: { "application/json": { schema: outputSchema(route.response) } } }
      : {};
  const errors = Object.fromEntries(
    errorStatuses(route).map((status) => [
      status,
      {
        description: errorMeanings[status] ?? "Error",
        ...(status === "429" ? { headers: rateLimitHeaders } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
  return {
    operationId:
      route.procedure ??
      `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z]+(.)/g, (_, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    ...(route.procedure ? { description: `Answered by the tRPC procedure \`${route.procedure}\`.` } : {}),
    security: route.tier === "public" ? [] : [{ bearer: [] }],
    "x-tier": route.tier === "devOperator" ? "operator (DEV only)" : route.tier,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...body,
    responses: { [String(route.successStatus)]: { description: "Success", ...success }, ...errors },
  };
}

/** OpenAPI 3.1 for the REST paths, built from the route table, which is built from the router. */
export function buildOpenApi(routes: RestRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, "{$1}");
    (paths[openApiPath] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "kiosk-agent REST API",
      version,
      description:
        "The original REST paths of the kiosk core services. Kiosk-tier calls need no token from loopback, else `Authorization: Bearer KIOSK_API_TOKEN`; operator calls need `Bearer OPERATOR_API_TOKEN`. The typed tRPC API is at /trpc.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
