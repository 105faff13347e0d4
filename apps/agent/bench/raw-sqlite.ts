/**
 * The anchor for a durable session create: better-sqlite3 alone writing the same
 * two rows (a session and its audit row) in one transaction, in WAL mode with
 * synchronous=FULL, as fast as it can for `seconds`. Prints creates per second.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomId } from "@kiosk/core";
import { createDb } from "@kiosk/db";

const seconds = Number(process.argv[2] ?? "3");
const dir = mkdtempSync(join(tmpdir(), "kiosk-bench-sqlite-"));
const handle = createDb(join(dir, "core.sqlite"));
const { sqlite } = handle;
const insertSession = sqlite.prepare(
  "insert into sessions (id, type, status, contact_email, contact_phone, metadata, created_at, updated_at, last_activity_at, expires_at) values (?, 'diagnostics', 'active', ?, null, '{}', ?, ?, ?, ?)",
);
const insertAudit = sqlite.prepare(
  "insert into audit_logs (at, actor, event, entity_type, entity_id, details, ip, user_agent, request_id) values (?, 'kiosk', 'session.created', 'session', ?, ?, '127.0.0.1', null, null)",
);
const create = sqlite.transaction((id: string, now: number) => {
  insertSession.run(id, "client@example.com", now, now, now, now + 3_600_000);
  insertAudit.run(now, id, '{"type":"diagnostics","contact":{"email":"c***t@example.com"},"ttlMs":3600000}');
});
const deadline = performance.now() + seconds * 1000;
let count = 0;
while (performance.now() < deadline) {
  create(randomId("ses"), Date.now());
  count++;
}
handle.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ perSecond: count / seconds })}\n`);
