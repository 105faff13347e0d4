import type { z } from "zod";

export type ValueKind = "string" | "number" | "boolean" | "list";

/** One environment variable an adapter reads: the key it overrides, how it is read, and whether it is secret. */
export interface SettingsVariable {
  /** The key inside the adapter's section that the variable sets. */
  key: string;
  kind?: ValueKind;
  /** Read from the environment only; the config file may not carry it. */
  secret?: boolean;
  /** The adapter cannot run without it. Secrets are required unless this says false. */
  required?: boolean;
}

/** A problem a cross-key check finds, at a path of the whole config. */
export interface SettingsIssue {
  path: readonly string[];
  message: string;
}

/**
 * What an adapter (a payment provider, an email or SMS channel) adds to the one
 * config schema: its section, the variables that override it, its secrets.
 */
export interface AdapterSettings<Schema extends z.ZodObject = z.ZodObject> {
  /** Where its keys sit in config/service.json, e.g. `["payments", "yookassa"]`. */
  path: readonly string[];
  /** Every key with a default or optional: the section is parsed whether or not the adapter runs. */
  schema: Schema;
  /** Environment variables, by name. */
  env?: Record<string, SettingsVariable>;
  /** How the start error calls the required variables ("YooKassa credentials"); their names by default. */
  requiredLabel?: string;
  /** Checks across keys of the whole config, made only while the adapter runs. */
  check?: (settings: z.infer<Schema>, config: Record<string, unknown>) => SettingsIssue[];
}

/** An adapter as config sees it: the names that pick it and its settings. */
export interface ConfigAdapter {
  name: string;
  aliases?: readonly string[];
  /** A payment provider's: PROD refuses one that takes no real money. */
  takesRealMoney?: boolean;
  settings?: AdapterSettings;
}

/**
 * Every adapter the agent was built with, by kind; `payments.provider`,
 * `email.provider` and `sms.provider` pick one each. A kind left out (a domain
 * test that parses config for payments alone) has neither its sections nor its name checked.
 */
export interface ConfigAdapters {
  payments?: readonly ConfigAdapter[];
  email?: readonly ConfigAdapter[];
  sms?: readonly ConfigAdapter[];
}

export type AdapterKind = keyof ConfigAdapters;

/** The variable and key that pick an adapter of each kind. */
export const adapterSelectors = {
  payments: { env: "PAYMENTS_PROVIDER", path: ["payments", "provider"], noun: "payment provider" },
  email: { env: "EMAIL_PROVIDER", path: ["email", "provider"], noun: "email provider" },
  sms: { env: "SMS_PROVIDER", path: ["sms", "provider"], noun: "SMS provider" },
} as const satisfies Record<AdapterKind, { env: string; path: readonly string[]; noun: string }>;

/** The names config may use for adapters of a kind, and the one each picks. */
export function adapterNamed(adapters: readonly ConfigAdapter[], name: string): ConfigAdapter | undefined {
  return adapters.find((adapter) => adapter.name === name || (adapter.aliases ?? []).includes(name));
}

export function getPath(source: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    source,
  );
}

/** An adapter's parsed section of a parsed config, typed by its schema. */
export function adapterSettings<Schema extends z.ZodObject>(
  config: object,
  settings: AdapterSettings<Schema>,
): z.infer<Schema> {
  return getPath(config, settings.path) as z.infer<Schema>;
}
