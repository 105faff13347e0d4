import { effectivePaymentProvider, EventHub, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import {
  EmulatorProvider,
  instrumentPaymentProvider,
  paymentProviderFor,
  type PaymentDeps,
  type PaymentView,
} from "@kiosk/payments";

/**
 * Builds the provider config names from the registry: YooKassa in PROD (the
 * config schema has already refused to start without credentials), the SQLite
 * emulator in DEV, or any provider a build registered.
 */
export function createPaymentDeps(
  config: Config,
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  metrics: Metrics,
  env: Record<string, string | undefined>,
): PaymentDeps {
  const { definition, settings } = paymentProviderFor(effectivePaymentProvider(config), config);
  const provider = definition.create({ config, db, clock, ids, settings, env });
  return {
    db,
    clock,
    ids,
    config,
    metrics,
    statusHub: new EventHub<PaymentView>(),
    provider: instrumentPaymentProvider(provider, metrics),
    emulator: provider instanceof EmulatorProvider ? provider : null,
  };
}
