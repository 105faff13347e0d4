import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventHub, ManualClock, parseConfig, randomId, type Config } from "@kiosk/core";
import { createAudit, createDb, type Actor } from "@kiosk/db";
import { insertPayment, insertSession } from "@kiosk/db/testing";
import { createMetrics } from "@kiosk/metrics";
import { createDevEmailChannel, createDevSmsChannel } from "../src/channels/dev";
import type { EmailChannel, SmsChannel } from "../src/channels/types";
import type { DeliveryEvent, ReportingCtx, ReportingDeps } from "../src/deps";
import { generateDiagnosticsReport } from "../src/generate";
import { createReportFonts, defaultFontFiles } from "../src/templates/font";

/** One parse of the fonts for every test deps of a file, as the agent has one for its services. */
export const testFonts = createReportFonts(defaultFontFiles());

export const kioskActor: Actor = { kind: "kiosk", ip: "127.0.0.1" };
const silent = { info: () => undefined };

/** Reporting deps on a fresh in-memory db and a temporary storage folder, DEV channels unless given. */
export function testReportingDeps(
  options: { email?: EmailChannel; sms?: SmsChannel; file?: Record<string, unknown> } = {},
) {
  const handle = createDb(":memory:");
  const storagePath = mkdtempSync(join(tmpdir(), "kiosk-reports-"));
  const clock = new ManualClock(Date.UTC(2026, 10, 26, 12));
  const config: Config = parseConfig(options.file ?? {}, {});
  const outbox = join(storagePath, "outbox");
  const deps: ReportingDeps = {
    db: handle.db,
    clock,
    ids: randomId,
    config,
    metrics: createMetrics(),
    audit: createAudit(handle.db),
    reportsDir: join(storagePath, "reports"),
    links: null,
    channels: {
      email: options.email ?? createDevEmailChannel(outbox, config.email.from, silent),
      sms: options.sms ?? createDevSmsChannel(outbox, silent),
    },
    deliveryHub: new EventHub<DeliveryEvent>(),
    fonts: testFonts,
    random: () => 0.5,
    sendsUnderWay: new Set(),
  };
  const ctx: ReportingCtx = { deps, actor: kioskActor };
  return {
    deps,
    ctx,
    clock,
    storagePath,
    close() {
      handle.close();
      rmSync(storagePath, { recursive: true, force: true });
    },
  };
}

/** An active session of `type`, paid unless `paid` is false. */
export function seedSession(
  deps: ReportingDeps,
  type: "diagnostics" | "thickness",
  contact: { email?: string; phone?: string } = { email: "client@example.com", phone: "+79001234567" },
  paid = true,
): string {
  const now = deps.clock.now();
  const id = insertSession(deps.db, now, {
    type,
    contactEmail: contact.email ?? null,
    contactPhone: contact.phone ?? null,
  });
  if (paid) insertPayment(deps.db, now, { sessionId: id, status: "confirmed" });
  return id;
}

export const threeDtcs = [
  {
    code: "P0420",
    description: "Эффективность каталитического нейтрализатора ниже порога",
    severity: "medium" as const,
  },
  { code: "P0301", description: "Пропуски зажигания в цилиндре 1", severity: "high" as const },
  { code: "B1000", description: "Ошибка блока управления кузовом", severity: "low" as const },
];

export const sixtyZones = (valueOf: (i: number) => number = (i) => 100 + i * 4) =>
  Array.from({ length: 60 }, (_, i) => ({ zone: `Зона ${i + 1}`, valueUm: valueOf(i) }));

/** A paid diagnostics session with three DTCs, turned into a report queued to `contact`. */
export const generateTestReport = (deps: ReportingDeps, contact: { email?: string; phone?: string }) =>
  generateDiagnosticsReport({
    ctx: { deps, actor: kioskActor },
    input: {
      sessionId: seedSession(deps, "diagnostics", contact),
      vehicleMake: "Kia",
      vehicleModel: "Rio",
      dtcCodes: threeDtcs,
      scanDurationSeconds: 60,
      timestamp: deps.clock.now(),
    },
  });
