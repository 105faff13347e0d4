/**
 * Fills a fresh storage folder with `count` sessions of both services, straight
 * through SQLite: the operator list and the /metrics scrape are then measured on
 * a busy kiosk's database. As on a real kiosk, all but the newest have ended
 * (one customer at a time): seeding thousands of overdue active sessions would
 * measure the sweeper expiring them instead of the list.
 */
import { join } from "node:path";
import { randomId } from "@kiosk/core";
import { createDb } from "@kiosk/db";

const [storage = "", countText = "100000"] = process.argv.slice(2);
const count = Number(countText);
const handle = createDb(join(storage, "core.sqlite"));
const { sqlite } = handle;
const insert = sqlite.prepare(
  "insert into sessions (id, type, status, contact_email, contact_phone, metadata, created_at, updated_at, last_activity_at, expires_at, ended_at, end_reason) values (?, ?, ?, 'client@example.com', null, '{}', ?, ?, ?, ?, ?, ?)",
);
const statuses = ["completed", "completed", "cancelled", "expired"] as const;
const now = Date.now();
sqlite.transaction(() => {
  for (let i = 0; i < count; i++) {
    const status = i === count - 1 ? "active" : (statuses[i % statuses.length] ?? "completed");
    const at = i === count - 1 ? now : now - (count - i) * 1000;
    const ended = status === "active" ? null : at + 60_000;
    insert.run(
      randomId("ses"),
      i % 2 ? "thickness" : "diagnostics",
      status,
      at,
      at,
      at,
      now + 3_600_000,
      ended,
      ended ? status : null,
    );
  }
})();
handle.close();
