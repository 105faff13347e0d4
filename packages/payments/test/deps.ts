import { adapterSettings, EventHub, ManualClock, parseConfig, randomId, type Config } from "@kiosk/core";
import { createAudit, createDb, fleetOutboxHook, type Actor, type FleetSettings } from "@kiosk/db";
import { insertSession } from "@kiosk/db/testing";
import { createMetrics } from "@kiosk/metrics";
import type { PaymentCtx, PaymentDeps } from "../src/deps";
import { EmulatorProvider } from "../src/providers/emulator/emulator-provider";
import { builtInPaymentProviders, yookassaSettings } from "../src/providers";
import { createYooKassaProvider } from "../src/providers/yookassa/yookassa-provider";
import type { PaymentView } from "../src/schemas";
import { paymentStatements } from "../src/statements";
import type { FakeYooKassa } from "./fake-yookassa";

export const kioskActor: Actor = { kind: "kiosk", ip: "127.0.0.1" };

/**
 * Payment deps on a fresh db (":memory:" or a file), with the emulator or YooKassa at a fake;
 * with `fleet`, the audit queues the fleet outbox as the agent's does when a backoffice is configured.
 */
export function testPaymentDeps(
  options: {
    fake?: FakeYooKassa;
    path?: string;
    clock?: ManualClock;
    file?: Record<string, unknown>;
    fleet?: FleetSettings;
  } = {},
) {
  const handle = createDb(options.path ?? ":memory:");
  const clock = options.clock ?? new ManualClock(Date.UTC(2026, 10, 26, 12));
  const config: Config = parseConfig(
    { payments: { yookassa: { timeoutMs: 300, retryBaseMs: 5 } }, ...options.file },
    options.fake
      ? {
          PAYMENTS_PROVIDER: "yookassa",
          YOOKASSA_API_URL: options.fake.url,
          YOOKASSA_SHOP_ID: options.fake.shopId,
          YOOKASSA_SECRET_KEY: options.fake.secretKey,
        }
      : {},
    { payments: builtInPaymentProviders },
  );
  const emulator = options.fake
    ? null
    : new EmulatorProvider(handle.db, clock, randomId, { ...config.payments.dev, merchantName: "Киоск (тест)" });
  const provider = options.fake
    ? createYooKassaProvider({
        ...adapterSettings(config, yookassaSettings),
        shopId: options.fake.shopId,
        secretKey: options.fake.secretKey,
      })
    : (emulator as EmulatorProvider);
  const deps: PaymentDeps = {
    db: handle.db,
    clock,
    ids: randomId,
    config,
    metrics: createMetrics(),
    audit: createAudit(handle.db, options.fleet ? { onRecorded: fleetOutboxHook(options.fleet) } : {}),
    statements: paymentStatements(handle.db),
    provider,
    emulator,
    statusHub: new EventHub<PaymentView>(),
    // Every sender allowed, every refusal recorded: the webhook's own tests pass the guard they test.
    webhookGuard: { isAllowedSender: () => true, mayRecordRefusal: () => true },
    providerCalls: new Map(),
  };
  const ctx: PaymentCtx = { deps, actor: kioskActor };
  return { deps, ctx, clock, handle, emulator };
}

/** An active session, written straight into the table: payments tests need one, not the session verbs. */
export const seedSession = (
  deps: PaymentDeps,
  type: "diagnostics" | "thickness" = "diagnostics",
  metadata: Record<string, unknown> = {},
): string => insertSession(deps.db, deps.clock.now(), { type, metadata });

export async function metricValue(deps: PaymentDeps, name: string, labels = ""): Promise<number> {
  const text = await deps.metrics.registry.metrics();
  const line = text.split("\n").find((l) => l.startsWith(labels ? `${name}{${labels}}` : `${name} `));
  return line ? Number(line.split(" ").at(-1)) : 0;
}
