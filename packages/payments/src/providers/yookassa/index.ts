import type { PaymentProviderDefinition } from "../registry";
import { createYooKassaProvider } from "./yookassa-provider";

/** YooKassa v3 over HTTPS; its settings are `payments.yookassa` and the YOOKASSA_* variables. */
export const yookassaDefinition: PaymentProviderDefinition = {
  name: "yookassa",
  takesRealMoney: true,
  create: ({ config }) => {
    const { shopId, secretKey } = config.payments.yookassa;
    // The config schema has already refused to start without them.
    if (!shopId || !secretKey) throw new Error("YooKassa credentials are missing");
    return createYooKassaProvider({ ...config.payments.yookassa, shopId, secretKey });
  },
};
