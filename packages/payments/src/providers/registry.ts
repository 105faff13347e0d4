import { ConfigError, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { ZodType } from "zod";
import type { EmulatorProvider } from "./emulator/emulator-provider";
import type { PaymentProvider } from "./types";

/** What a provider's factory is given: the agent's config, storage, clock and ids, and its own settings. */
export interface PaymentProviderContext {
  config: Config;
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  /** `payments.providers.<name>` from the config file, parsed by the definition's `settings` schema. */
  settings: unknown;
  /** The process environment, where a provider's secrets come from (never the config file). */
  env: Record<string, string | undefined>;
}

/**
 * A payment provider the agent can run, by name. Built-in ones live in a folder
 * under `providers/` and are listed in providers/index.ts; a program embedding
 * the services may register its own with `registerPaymentProvider`.
 */
export interface PaymentProviderDefinition {
  /** What `payments.provider` (PAYMENTS_PROVIDER) says to pick this one; also the rows' and metrics' label. */
  name: string;
  /** Other names config may use for it (`dev` for the emulator). */
  aliases?: readonly string[];
  /** Whether it takes real money. PROD runs only such providers. */
  takesRealMoney: boolean;
  /** The schema of `payments.providers.<name>`; the agent does not start when it fails. */
  settings?: ZodType;
  create(context: PaymentProviderContext): PaymentProvider | EmulatorProvider;
}

const registered = new Map<string, PaymentProviderDefinition>();

export function registerPaymentProvider(definition: PaymentProviderDefinition): void {
  for (const name of [definition.name, ...(definition.aliases ?? [])]) {
    const existing = registered.get(name);
    if (existing && existing !== definition)
      throw new Error(`a payment provider named "${name}" is already registered`);
    registered.set(name, definition);
  }
}

export function registeredPaymentProviders(): string[] {
  return [...new Set([...registered.values()].map((definition) => definition.name))];
}

/** The definition config names, its settings parsed; a ConfigError naming the key when either is wrong. */
export function paymentProviderFor(
  name: string,
  config: Config,
): { definition: PaymentProviderDefinition; settings: unknown } {
  const definition = registered.get(name);
  if (!definition) {
    throw new ConfigError(
      `PAYMENTS_PROVIDER (payments.provider): no payment provider "${name}"; registered: ${registeredPaymentProviders().join(", ")}`,
    );
  }
  if (config.environment === "PROD" && !definition.takesRealMoney) {
    throw new ConfigError(
      `PAYMENTS_PROVIDER (payments.provider): "${name}" takes no real money; AGENT_ENV=PROD needs one that does`,
    );
  }
  const raw = config.payments.providers[definition.name] ?? {};
  if (!definition.settings) return { definition, settings: raw };
  const parsed = definition.settings.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `payments.providers.${definition.name}.${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return { definition, settings: parsed.data };
}
