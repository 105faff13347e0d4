import type { PaymentProviderDefinition } from "../registry";
import { EmulatorProvider } from "./emulator-provider";

/** DEV's provider: keeps its books in SQLite and confirms by itself (or when told, in manual mode). */
export const emulatorDefinition: PaymentProviderDefinition = {
  name: "emulator",
  aliases: ["dev"],
  takesRealMoney: false,
  create: ({ config, db, clock, ids }) =>
    new EmulatorProvider(db, clock, ids, { ...config.payments.dev, merchantName: "Киоск автосервиса (ДЕМО)" }),
};
