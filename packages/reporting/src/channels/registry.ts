import { adapterNamed, adapterSettings, type AdapterSettings } from "@kiosk/core";
import type { z } from "zod";
import type { DevLog } from "./dev";
import type { EmailChannel, SmsChannel } from "./types";

/** What a channel's factory is given: its own settings and what every channel shares. */
export interface ChannelContext<Settings = unknown> {
  /** Its config section, parsed at start by its schema, secrets included (from the environment). */
  settings: Settings;
  /** `email.from` or `sms.from`. */
  from: string;
  /** `delivery.sendTimeoutMs`: the longest one send may take. */
  timeoutMs: number;
  /** Where the dev channels write their files (`outbox/` under the storage root). */
  outboxDir: string;
  log: DevLog;
}

/**
 * An email or SMS channel the agent can run, picked by `email.provider`
 * (EMAIL_PROVIDER) or `sms.provider` (SMS_PROVIDER), the same way payment
 * providers are: its settings join the one config parse.
 */
export interface ChannelDefinition<Channel, Settings = unknown> {
  name: string;
  aliases?: readonly string[];
  settings?: AdapterSettings;
  create(context: ChannelContext<Settings>): Channel;
}

export type EmailChannelDefinition<Settings = unknown> = ChannelDefinition<EmailChannel, Settings>;
export type SmsChannelDefinition<Settings = unknown> = ChannelDefinition<SmsChannel, Settings>;

type Typed<Channel, Schema extends z.ZodObject> = Omit<ChannelDefinition<Channel, z.infer<Schema>>, "settings"> & {
  settings: AdapterSettings<Schema>;
};

/** An email channel whose factory gets its settings typed by its schema. */
export const defineEmailChannel = <Schema extends z.ZodObject>(definition: Typed<EmailChannel, Schema>) =>
  definition as EmailChannelDefinition;

/** An SMS channel whose factory gets its settings typed by its schema. */
export const defineSmsChannel = <Schema extends z.ZodObject>(definition: Typed<SmsChannel, Schema>) =>
  definition as SmsChannelDefinition;

/** The channel config picks among `definitions` (parseConfig has checked the name and its settings). */
export function createChannel<Channel>(
  definitions: readonly ChannelDefinition<Channel>[],
  name: string,
  config: object,
  context: Omit<ChannelContext, "settings">,
): Channel {
  const definition = adapterNamed(definitions, name) as ChannelDefinition<Channel> | undefined;
  if (!definition) throw new Error(`no channel "${name}" among those the config was parsed with`);
  const settings = definition.settings ? adapterSettings(config, definition.settings) : {};
  return definition.create({ ...context, settings });
}
