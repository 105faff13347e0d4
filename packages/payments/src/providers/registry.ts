import {
  adapterNamed,
  adapterSettings,
  type AdapterSettings,
  type Clock,
  type Config,
  type IdGenerator,
} from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { z } from "zod";
import type { EmulatorProvider } from "./emulator/emulator-provider";
import type { PaymentProvider } from "./types";

/** What a provider's factory is given: the agent's config, storage, clock and ids, and its own settings. */
export interface PaymentProviderContext<Settings = unknown> {
  config: Config;
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  /** Its section of the config, parsed at start by its schema, secrets included (from the environment). */
  settings: Settings;
}

/**
 * A payment provider the agent can run, by name. Built-in ones live in a folder
 * under `providers/` and are listed in providers/index.ts; a program embedding
 * the services passes its own to `initializeCoreServices({ paymentProviders })`.
 */
export interface PaymentProviderDefinition<Settings = unknown> {
  /** What `payments.provider` (PAYMENTS_PROVIDER) says to pick this one; also the rows' and metrics' label. */
  name: string;
  /** Other names config may use for it (`dev` for the emulator). */
  aliases?: readonly string[];
  /** Whether it takes real money. PROD runs only such providers. */
  takesRealMoney: boolean;
  /**
   * Its config section, variables and secrets, merged into the one config parse:
   * a bad value or a missing secret stops the agent at start, naming the key.
   */
  settings?: AdapterSettings;
  create(context: PaymentProviderContext<Settings>): PaymentProvider | EmulatorProvider;
}

/** A definition whose factory gets its settings typed by its schema. */
export function definePaymentProvider<Schema extends z.ZodObject>(
  definition: Omit<PaymentProviderDefinition<z.infer<Schema>>, "settings"> & { settings: AdapterSettings<Schema> },
): PaymentProviderDefinition {
  return definition;
}

/** Where an added provider's settings sit unless it says: `payments.providers.<name>`. */
export const addedProviderPath = (name: string) => ["payments", "providers", name] as const;

/** The provider config picks among `definitions` (parseConfig has checked the name and the environment). */
export function createPaymentProvider(
  definitions: readonly PaymentProviderDefinition[],
  name: string,
  context: Omit<PaymentProviderContext, "settings">,
): PaymentProvider | EmulatorProvider {
  const definition = adapterNamed(definitions, name) as PaymentProviderDefinition | undefined;
  if (!definition) throw new Error(`no payment provider "${name}" among those the config was parsed with`);
  const settings = definition.settings ? adapterSettings(context.config, definition.settings) : {};
  return definition.create({ ...context, settings });
}
