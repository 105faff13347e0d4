import {
  adapterSettings,
  createIpAllowlist,
  effectivePaymentProvider,
  EventHub,
  RateLimiter,
  type Config,
} from "@kiosk/core";
import { payments, sessions, systemActor } from "@kiosk/db";
import {
  cancelPayment,
  createPaymentProvider,
  EmulatorProvider,
  instrumentPaymentProvider,
  paymentStatements,
  yookassaSettings,
  type PaymentDeps,
  type PaymentProviderDefinition,
  type PaymentView,
  type WebhookGuard,
} from "@kiosk/payments";
import { and, eq } from "drizzle-orm";
import type { SharedDeps } from "./shared-deps";

/** YooKassa's sender allowlist, and a limit on how many refused notifications per sender are recorded. */
function webhookGuardFor(config: Config, clock: SharedDeps["clock"]): WebhookGuard {
  const refusals = new RateLimiter(clock, config.payments.webhookRefusalsPerMinute, 60_000);
  return {
    isAllowedSender: createIpAllowlist(adapterSettings(config, yookassaSettings).webhookAllowedIps),
    mayRecordRefusal: (ip) => refusals.take(ip),
  };
}

/**
 * Builds the provider config names among `providers`: YooKassa in PROD, the
 * SQLite emulator in DEV, or one a host added. parseConfig has already checked
 * the name, the environment and the provider's settings and secrets.
 */
export function createPaymentDeps(
  config: Config,
  shared: SharedDeps,
  providers: readonly PaymentProviderDefinition[],
): PaymentDeps {
  const { db, clock, ids, metrics } = shared;
  const provider = createPaymentProvider(providers, effectivePaymentProvider(config), { config, db, clock, ids });
  return {
    ...shared,
    config,
    statements: paymentStatements(db),
    statusHub: new EventHub<PaymentView>(),
    provider: instrumentPaymentProvider(provider, metrics),
    emulator: provider instanceof EmulatorProvider ? provider : null,
    webhookGuard: webhookGuardFor(config, clock),
    providerCalls: new Map(),
  };
}

/**
 * Cancels the pending payments of a service the kiosk can no longer perform (its
 * device went away while the customer looked at the QR code): the QR stops being
 * payable, and money that still arrives is refunded as any late success is.
 */
export async function cancelPendingPaymentsFor(
  deps: PaymentDeps,
  service: "diagnostics" | "thickness",
  onError: (error: unknown) => void,
): Promise<number> {
  const pending = deps.db
    .select({ id: payments.id })
    .from(payments)
    .innerJoin(sessions, eq(sessions.id, payments.sessionId))
    .where(and(eq(payments.status, "pending"), eq(sessions.type, service)))
    .all();
  for (const { id } of pending) {
    await cancelPayment({ ctx: { deps, actor: systemActor }, input: { id } }).catch(onError);
  }
  return pending.length;
}
