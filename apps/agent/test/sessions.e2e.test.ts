import { createKioskClient, kioskApiError, type RouterOutputs } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { operatorToken, startTestAgent, type TestAgent, apiCode } from "./harness";

let env: TestAgent;
beforeAll(async () => {
  env = await startTestAgent();
});
afterAll(() => env.stop());

describe("sessions over HTTP through @kiosk/client", () => {
  it("creates, gets, touches, completes and lists a session, typed end to end", async () => {
    const kiosk = createKioskClient({ url: env.url });
    const operator = createKioskClient({ url: env.url, token: operatorToken });

    const created = await kiosk.sessions.create.mutate({
      type: "diagnostics",
      contact: { email: "client@example.com", phone: "+79001234567" },
      metadata: { vehicleMake: "Toyota", vehicleModel: "Camry" },
    });
    expectTypeOf(created).toEqualTypeOf<RouterOutputs["sessions"]["create"]>();
    expectTypeOf(created.status).toEqualTypeOf<"active" | "completed" | "expired" | "failed" | "cancelled">();
    expect(created.id).toMatch(/^ses_[A-Za-z0-9_-]{22}$/);
    expect(created.status).toBe("active");

    expect(await kiosk.sessions.get.query({ id: created.id })).toEqual(created);

    env.clock.advance(30_000);
    const touched = await kiosk.sessions.touch.mutate({ id: created.id });
    expect(touched.lastActivityAt).toBe(created.lastActivityAt + 30_000);

    env.clock.advance(60_000);
    const completed = await kiosk.sessions.complete.mutate({ id: created.id });
    expect(completed).toMatchObject({ status: "completed", endedAt: created.createdAt + 90_000 });

    const page = await operator.sessions.list.query({ status: "completed" });
    expect(page.items.map((s) => s.id)).toContain(created.id);
  });

  it("answers bad input, unknown ids and illegal transitions with stable codes", async () => {
    const kiosk = createKioskClient({ url: env.url });
    // @ts-expect-error the client's types already refuse an unknown service type
    expect(await apiCode(kiosk.sessions.create.mutate({ type: "bogus", contact: { email: "a@b.ru" } }))).toBe(
      "BAD_REQUEST",
    );
    expect(await apiCode(kiosk.sessions.get.query({ id: "ses_unknown" }))).toBe("NOT_FOUND");
    const session = await kiosk.sessions.create.mutate({ type: "thickness", contact: { phone: "+79001234567" } });
    await kiosk.sessions.cancel.mutate({ id: session.id });
    expect(await apiCode(kiosk.sessions.complete.mutate({ id: session.id }))).toBe("CONFLICT");
  });

  it("carries zod issues in the error so a form can point at the field", async () => {
    const kiosk = createKioskClient({ url: env.url });
    try {
      await kiosk.sessions.create.mutate({ type: "thickness", contact: { email: "nope" } });
      expect.unreachable();
    } catch (error) {
      expect(kioskApiError(error)?.issues.map((issue) => issue.path)).toEqual(["contact.email"]);
    }
  });

  it("expires a session when the injected clock passes its deadline", async () => {
    const kiosk = createKioskClient({ url: env.url });
    const session = await kiosk.sessions.create.mutate({
      type: "thickness",
      contact: { phone: "+79001234567" },
      ttlMs: 120_000,
    });
    env.clock.advance(120_000);
    expect(await apiCode(kiosk.sessions.touch.mutate({ id: session.id }))).toBe("CONFLICT");
    expect((await kiosk.sessions.get.query({ id: session.id })).status).toBe("expired");
  });
});
