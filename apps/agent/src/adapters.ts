import type { ConfigAdapters } from "@kiosk/core";
import { builtInPaymentProviders, type PaymentProviderDefinition } from "@kiosk/payments";
import {
  builtInEmailChannels,
  builtInSmsChannels,
  type EmailChannelDefinition,
  type SmsChannelDefinition,
} from "@kiosk/reporting";

/** The payment providers and the email and SMS channels a set of services can run, one of each picked by config. */
export interface AgentAdapters {
  paymentProviders: readonly PaymentProviderDefinition[];
  emailChannels: readonly EmailChannelDefinition[];
  smsChannels: readonly SmsChannelDefinition[];
}

/** What a host adds to the built-in adapters. */
export type AddedAdapters = Partial<AgentAdapters>;

/**
 * The built-in adapters and a host's own after them. A name (or alias) taken
 * twice is a mistake in the host's program, not a config error.
 */
export function agentAdapters(added: AddedAdapters = {}): AgentAdapters {
  const adapters: AgentAdapters = {
    paymentProviders: [...builtInPaymentProviders, ...(added.paymentProviders ?? [])],
    emailChannels: [...builtInEmailChannels, ...(added.emailChannels ?? [])],
    smsChannels: [...builtInSmsChannels, ...(added.smsChannels ?? [])],
  };
  for (const [kind, list] of Object.entries(adapters) as [
    string,
    readonly { name: string; aliases?: readonly string[] }[],
  ][]) {
    const seen = new Set<string>();
    for (const name of list.flatMap((adapter) => [adapter.name, ...(adapter.aliases ?? [])])) {
      if (seen.has(name)) throw new Error(`${kind}: the name "${name}" is taken twice`);
      seen.add(name);
    }
  }
  return adapters;
}

/** The adapters as the config parse sees them: their sections, variables, secrets and names. */
export const configAdapters = (adapters: AgentAdapters): ConfigAdapters => ({
  payments: adapters.paymentProviders,
  email: adapters.emailChannels,
  sms: adapters.smsChannels,
});
