import { z } from "zod";
import type { RestRoute } from "./rest-route";

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "Stable error code, e.g. BAD_REQUEST, NOT_FOUND, CONFLICT" },
        message: { type: "string" },
        issues: {
          type: "array",
          items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
};

const errorResponses = {
  "400": { description: "Invalid input; `issues` names each bad field" },
  "401": { description: "A token is required" },
  "403": { description: "The token is wrong or the caller is not allowed" },
  "404": { description: "No such entity" },
  "409": { description: "Illegal state transition" },
  "413": { description: "Body too large" },
  "415": { description: "Body is not application/json" },
};

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

/** OpenAPI 3.1 for the REST paths, generated from the same zod schemas the procedures use. */
export function buildOpenApi(routes: RestRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const params = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const errors = Object.fromEntries(
      Object.entries(errorResponses).map(([status, value]) => [
        status,
        { ...value, content: { "application/json": { schema: errorSchema } } },
      ]),
    );
    (paths[openApiPath] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      ...(route.tier === "public" ? { security: [] } : { security: [{ bearer: [] }] }),
      "x-tier": route.tier,
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body) } } } }
        : {}),
      responses: {
        [String(route.successStatus ?? 200)]: {
          description: "Success",
          ...(route.response ? { content: { "application/json": { schema: jsonSchema(route.response) } } } : {}),
        },
        ...errors,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "kiosk-agent REST API",
      version,
      description:
        "The original REST paths of the kiosk core services. Kiosk-tier calls need no token from loopback, else `Authorization: Bearer KIOSK_API_TOKEN`; operator calls need `Bearer OPERATOR_API_TOKEN`. The typed tRPC API is at /trpc.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
