import { effectivePaymentProvider, EventHub, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import {
  createYooKassaProvider,
  EmulatorProvider,
  instrumentPaymentProvider,
  type PaymentDeps,
  type PaymentView,
} from "@kiosk/payments";

/**
 * Picks the payment provider: YooKassa in PROD (the config schema has already
 * refused to start without credentials), the SQLite emulator in DEV.
 */
export function createPaymentDeps(
  config: Config,
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  metrics: Metrics,
): PaymentDeps {
  const common = { db, clock, ids, config, metrics, statusHub: new EventHub<PaymentView>() };
  if (effectivePaymentProvider(config) === "yookassa") {
    const { shopId, secretKey } = config.payments.yookassa;
    if (!shopId || !secretKey) throw new Error("YooKassa credentials are missing"); // unreachable: config refuses
    return {
      ...common,
      provider: instrumentPaymentProvider(
        createYooKassaProvider({ ...config.payments.yookassa, shopId, secretKey }),
        metrics,
      ),
      emulator: null,
    };
  }
  const emulator = new EmulatorProvider(db, clock, ids, {
    ...config.payments.dev,
    merchantName: "Киоск автосервиса (ДЕМО)",
  });
  return { ...common, provider: instrumentPaymentProvider(emulator, metrics), emulator };
}
