import { createKioskClient, kioskApiError } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAgent, type TestAgent } from "./harness";

/**
 * Text the agent stores must be storable everywhere it travels: a NUL or a lone
 * surrogate that SQLite takes would make PostgreSQL refuse the fleet event made
 * of it. Refused at the edge with 400, REST and tRPC alike, naming the field.
 */
let env: TestAgent;
beforeAll(async () => {
  env = await startTestAgent();
});
afterAll(() => env.stop());

const post = (path: string, body: string) =>
  fetch(`${env.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("text that cannot be stored everywhere", () => {
  it("answers 400 on REST for a NUL, a lone surrogate or a __proto__ key, and changes nothing", async () => {
    const created = await post(
      "/api/sessions",
      JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
    );
    const { id } = (await created.json()) as { id: string };
    for (const [body, field] of [
      ['{"reason":"device\\u0000error"}', "reason"],
      ['{"reason":"\\ud800"}', "reason"],
    ] as const) {
      const response = await post(`/api/sessions/${id}/fail`, body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: { code: string; details: { field: string } } };
      expect(answer.error).toMatchObject({ code: "BAD_REQUEST", details: { field } });
    }
    const metadata = await post(
      "/api/sessions",
      '{"type":"diagnostics","contact":{"email":"client@example.com"},"metadata":{"__proto__":{"admin":"yes"}}}',
    );
    expect(metadata.status).toBe(400);
    expect(((await metadata.json()) as { error: { details: unknown } }).error.details).toEqual({
      field: "metadata.__proto__",
      problem: "prototype_key",
    });
    const session = (await (await fetch(`${env.url}/api/sessions/${id}`)).json()) as { status: string };
    expect(session.status).toBe("active");
  });

  it("answers BAD_REQUEST through the typed client, for every string input", async () => {
    const kiosk = createKioskClient({ url: env.url });
    const session = await kiosk.sessions.create.mutate({ type: "thickness", contact: { phone: "+79001234567" } });
    const refusal = await kiosk.sessions.fail
      .mutate({ id: session.id, reason: "bad\u0000" })
      .catch((error: unknown) => kioskApiError(error));
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    const contact = await kiosk.sessions.update
      .mutate({ id: session.id, contact: { email: "a\uDC00@example.com" } })
      .catch((error: unknown) => kioskApiError(error));
    expect(contact).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect((await kiosk.sessions.get.query({ id: session.id })).status).toBe("active");
  });
});
