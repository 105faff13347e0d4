import { effectivePaymentProvider, EventHub, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import {
  createPaymentProvider,
  EmulatorProvider,
  instrumentPaymentProvider,
  type PaymentDeps,
  type PaymentProviderDefinition,
  type PaymentView,
} from "@kiosk/payments";

/**
 * Builds the provider config names among `providers`: YooKassa in PROD, the
 * SQLite emulator in DEV, or one a host added. parseConfig has already checked
 * the name, the environment and the provider's settings and secrets.
 */
export function createPaymentDeps(
  config: Config,
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  metrics: Metrics,
  providers: readonly PaymentProviderDefinition[],
): PaymentDeps {
  const provider = createPaymentProvider(providers, effectivePaymentProvider(config), { config, db, clock, ids });
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
