import { emulatorDefinition } from "./emulator";
import { registerPaymentProvider } from "./registry";
import { yookassaDefinition } from "./yookassa";

/** The providers this build knows. Adding one: a folder beside these, and a line here. */
export const builtInPaymentProviders = [emulatorDefinition, yookassaDefinition];
for (const definition of builtInPaymentProviders) registerPaymentProvider(definition);

export * from "./registry";
