import { emulatorDefinition } from "./emulator";
import type { PaymentProviderDefinition } from "./registry";
import { yookassaDefinition } from "./yookassa";

/** The providers this build knows. Adding one: a folder beside these, and a line here. */
export const builtInPaymentProviders: readonly PaymentProviderDefinition[] = [emulatorDefinition, yookassaDefinition];

export * from "./registry";
export { yookassaSettings } from "./yookassa";
