import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { appRouter, type ProcedureMeta } from "@kiosk/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentRestRoutes, restTableMarkers, restTableRows } from "../src/http/routes";
import { repoRoot } from "./agent-process";
import { operatorToken, startTestAgent, type TestAgent } from "./harness";

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }>; headers?: Record<string, unknown> }>;
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let env: TestAgent;
let doc: OpenApiDoc;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

beforeAll(async () => {
  env = await startTestAgent({}, { payments: { dev: { manualMode: true } } });
  doc = (await (await fetch(`${env.url}/openapi.json`)).json()) as OpenApiDoc;
});
afterAll(() => env.stop());

/** The schema the document promises for one answer, with the shared error schema put in place. */
function promised(template: string, method: string, status: number): unknown {
  const response = doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
  if (!response) throw new Error(`${method} ${template} does not document a ${status}`);
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${method} ${template} ${status} has no JSON schema`);
  return JSON.parse(
    JSON.stringify(schema).replaceAll('{"$ref":"#/components/schemas/Error"}', () =>
      JSON.stringify(doc.components.schemas.Error),
    ),
  ) as unknown;
}

/**
 * Calls one REST operation over HTTP and checks the answer against the document:
 * the status must be documented for that operation and the body must match its schema.
 */
async function call(
  method: string,
  template: string,
  options: { params?: Record<string, string>; query?: string; body?: unknown; token?: string } = {},
) {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ""));
  const response = await fetch(`${env.url}${path}${options.query ? `?${options.query}` : ""}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  const validate = ajv.compile(promised(template, method, response.status) as object);
  expect(validate(body), `${method} ${template} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return { status: response.status, body };
}

describe("/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document by a real validator", async () => {
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("describes every procedure with a REST path, from the router, plus the webhook and the PDF", () => {
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>,
    )
      .map(([name, procedure]) => ({ name, rest: procedure._def.meta?.rest }))
      .filter((p) => p.rest !== undefined);
    // The router's REST procedures today, each a row of the README's table: a new one moves this on purpose.
    expect(procedures).toHaveLength(35);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, id: op.operationId })),
    );
    for (const { name, rest } of procedures) {
      const key = `${rest?.method} ${rest?.path.replace(/:(\w+)/g, "{$1}")}`;
      expect(documented, name).toContainEqual({ key, id: name });
    }
    expect(documented.map((d) => d.key)).toEqual(
      expect.arrayContaining(["POST /api/payments/webhook", "GET /api/reports/{id}/pdf"]),
    );
    expect(documented).toHaveLength(procedures.length + 2);
  });

  it("names query parameters, bodies, every error answer and the rate-limit headers", () => {
    const list = doc.paths["/api/sessions"]?.get;
    expect(list?.parameters?.map((p) => `${p.in}:${p.name}`).sort()).toEqual([
      "query:cursor",
      "query:limit",
      "query:status",
      "query:type",
    ]);
    const audit = doc.paths["/api/audit"]?.get;
    expect(audit?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["entityType", "from", "to"]));
    const create = doc.paths["/api/sessions"]?.post;
    expect(create?.requestBody?.content["application/json"]?.schema).toMatchObject({
      properties: { type: {}, contact: {} },
    });
    expect(Object.keys(create?.responses ?? {}).sort()).toEqual(
      ["201", "400", "401", "403", "409", "413", "415", "429", "503"].sort(),
    );
    expect(Object.keys(create?.responses["429"]?.headers ?? {})).toEqual(
      expect.arrayContaining(["Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]),
    );
    const fail = doc.paths["/api/sessions/{id}/fail"]?.post;
    expect(fail?.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }]);
    expect(fail?.requestBody?.content["application/json"]?.schema).toMatchObject({ required: ["reason"] });
    const pdf = doc.paths["/api/reports/{id}/pdf"]?.get;
    expect(Object.keys(pdf?.responses["200"]?.content ?? {})).toEqual(["application/pdf"]);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(op.responses["400"], `${method} ${path}`).toBeDefined();
      }
    }
  });
});

describe("the REST answers match the document", () => {
  it("a whole paid visit, the operator's calls and the errors, each answer validated against its schema", async () => {
    const created = await call("POST", "/api/sessions", {
      body: { type: "diagnostics", contact: { email: "client@example.com" } },
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect((await call("GET", "/api/sessions/{id}", { params: { id } })).status).toBe(200);
    const patched = await call("PATCH", "/api/sessions/{id}", {
      params: { id },
      body: { contact: { email: "client@example.com", phone: "+79991234567" } },
    });
    expect(patched.status).toBe(200);
    expect((await call("POST", "/api/sessions/{id}/touch", { params: { id } })).status).toBe(200);

    const listed = await call("GET", "/api/sessions", { query: "type=diagnostics&limit=2", token: operatorToken });
    expect(listed.status).toBe(200);
    // This agent's only diagnostics session, under the limit of two.
    expect((listed.body.items as Array<{ id: string }>).map((s) => s.id)).toEqual([id]);

    const intent = await call("POST", "/api/payments/intent", { body: { sessionId: id, amount: 48000 } });
    expect(intent.status).toBe(201);
    const paymentId = String(intent.body.id);
    expect((await call("GET", "/api/payments/status/{id}", { params: { id: paymentId } })).status).toBe(200);
    expect((await call("GET", "/api/payments/intent/{id}", { params: { id: paymentId } })).status).toBe(200);
    const confirmed = await call("POST", "/api/payments/confirm/{id}", {
      params: { id: paymentId },
      token: operatorToken,
    });
    expect(confirmed.body.status).toBe("confirmed");

    const report = await call("POST", "/api/reports/diagnostics", {
      body: {
        sessionId: id,
        vehicleMake: "Lada",
        vehicleModel: "Vesta",
        dtcCodes: [{ code: "P0300", description: "Random misfire", severity: "high" }],
        timestamp: Date.now(),
      },
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    const reportId = String(report.body.id);
    expect((await call("GET", "/api/reports/{id}", { params: { id: reportId } })).status).toBe(200);
    const bySession = await call("GET", "/api/reports/session/{sessionId}", { params: { sessionId: id } });
    expect(bySession.status).toBe(200);
    expect((await call("POST", "/api/sessions/{id}/complete", { params: { id } })).status).toBe(200);

    const audit = await call("GET", "/api/audit", {
      query: `entityType=session&entityId=${id}&from=0&limit=10`,
      token: operatorToken,
    });
    expect(audit.status).toBe(200);
    // Newest first; the touch and the payment's rows (entityType payment) are not the session's.
    expect((audit.body.items as Array<{ event: string }>).map((e) => e.event)).toEqual([
      "session.completed",
      "session.updated",
      "session.created",
    ]);

    // Errors, each documented with the shared error schema.
    expect((await call("POST", "/api/sessions", { body: { type: "bogus" } })).status).toBe(400);
    expect((await call("GET", "/api/sessions", { query: "limit=many", token: operatorToken })).status).toBe(400);
    expect((await call("GET", "/api/sessions", { query: "colour=red", token: operatorToken })).status).toBe(400);
    expect((await call("GET", "/api/sessions/{id}", { params: { id: "ses_nope" } })).status).toBe(404);
    expect((await call("POST", "/api/sessions/{id}/complete", { params: { id } })).status).toBe(409);
    expect((await call("GET", "/api/sessions")).status).toBe(401);
    expect((await call("GET", "/api/audit", { token: "wrong-token-0123456789" })).status).toBe(403);
    expect((await call("POST", "/api/sessions/{id}/fail", { params: { id }, body: ["reason"] })).status).toBe(400);
  });
});

describe("the README's REST table", () => {
  it("is the router's route table: run `pnpm docs:tables` when this fails", () => {
    const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
    const block = readme.slice(readme.indexOf(restTableMarkers.start), readme.indexOf(restTableMarkers.end));
    const rowsOf = (lines: string[]) =>
      lines
        .filter((line) => line.startsWith("|") && !/^\|[\s-|]+\|$/.test(line))
        .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    const routes = agentRestRoutes(() => Promise.reject(new Error("the table needs no webhook")));
    expect(rowsOf(block.split("\n"))).toEqual(rowsOf(restTableRows(routes)));
    expect(routes).toHaveLength(Object.keys(doc.paths).reduce((n, p) => n + Object.keys(doc.paths[p] ?? {}).length, 0));
  });
});
