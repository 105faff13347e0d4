import { createKioskClient, kioskApiError } from "@kiosk/client";
import { describe, expect, it } from "vitest";
import { scrape, startTestAgent } from "./harness";

const json = { "content-type": "application/json" };
const newSession = (url: string) =>
  fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
  });

describe("a full or failing disk", () => {
  it("answers 503 SERVICE_UNAVAILABLE (storage_full) to writes, never 500, and keeps serving reads", async () => {
    const env = await startTestAgent();
    try {
      const first = (await (await newSession(env.url)).json()) as { id: string };
      // SQLite's page cap stands in for the disk: the same SQLITE_FULL a full disk gives.
      const db = env.sqlite;
      db.pragma(`max_page_count = ${String(db.pragma("page_count", { simple: true }))}`);
      let answer = await newSession(env.url);
      for (let i = 0; i < 200 && answer.status === 201; i++) answer = await newSession(env.url);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toMatchObject({
        error: { code: "SERVICE_UNAVAILABLE", details: { reason: "storage_full" } },
      });
      const viaClient = await createKioskClient({ url: env.url })
        .sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } })
        .then(() => null, kioskApiError);
      expect(viaClient).toMatchObject({
        code: "SERVICE_UNAVAILABLE",
        httpStatus: 503,
        details: { reason: "storage_full" },
      });
      expect((await fetch(`${env.url}/api/sessions/${first.id}`)).status).toBe(200);
    } finally {
      await env.stop();
    }
  });

  it("fails /readyz while a write probe fails, and recovers with the disk", async () => {
    const env = await startTestAgent();
    try {
      expect((await fetch(`${env.url}/readyz`)).status).toBe(200);
      const db = env.sqlite;
      db.pragma("query_only = ON"); // every write now fails, as on a read-only remount
      const down = await fetch(`${env.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: "not_ready", reason: "SQLITE_READONLY" });
      expect((await newSession(env.url)).status).toBe(503);
      db.pragma("query_only = OFF");
      expect((await fetch(`${env.url}/readyz`)).status).toBe(200);
    } finally {
      await env.stop();
    }
  });

  it("fails /readyz under storage.minFreeBytes and exports storage_free_bytes", async () => {
    const env = await startTestAgent({}, { storage: { minFreeBytes: Number.MAX_SAFE_INTEGER } });
    try {
      const answer = await fetch(`${env.url}/readyz`);
      expect(answer.status).toBe(503);
      const body = (await answer.json()) as { reason: string; freeBytes: number };
      expect(body.reason).toBe("storage_low");
      expect(await scrape(env.url, "storage_free_bytes")).toBeGreaterThan(0);
    } finally {
      await env.stop();
    }
  });
});
