import { join } from "node:path";
import { EventHub, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import {
  createChannel,
  instrumentChannels,
  type DeliveryEvent,
  type ReportFonts,
  type ReportingDeps,
} from "@kiosk/reporting";
import type { AgentAdapters } from "./adapters";
import type { Logger } from "./logger";

/** What the reporting deps take besides the config and storage: the composition root's choices. */
export interface ReportingWiring {
  adapters: Pick<AgentAdapters, "emailChannels" | "smsChannels">;
  fonts: ReportFonts;
  /** Wakes the outbox when a report queues deliveries. */
  onQueued: () => void;
}

/** The channels EMAIL_PROVIDER and SMS_PROVIDER name (parseConfig has checked their settings). */
export function createReportingDeps(
  config: Config,
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  metrics: Metrics,
  logger: Logger,
  wiring: ReportingWiring,
): ReportingDeps {
  const shared = {
    timeoutMs: config.delivery.sendTimeoutMs,
    outboxDir: join(config.storagePath, "outbox"),
    log: logger,
  };
  const email = createChannel(wiring.adapters.emailChannels, config.email.provider, config, {
    ...shared,
    from: config.email.from,
  });
  const sms = createChannel(wiring.adapters.smsChannels, config.sms.provider, config, {
    ...shared,
    from: config.sms.from,
  });
  return {
    db,
    clock,
    ids,
    config,
    metrics,
    reportsDir: config.reportsPath ?? join(config.storagePath, "reports"),
    channels: instrumentChannels({ email, sms }, metrics),
    deliveryHub: new EventHub<DeliveryEvent>(),
    fonts: wiring.fonts,
    random: Math.random,
    onQueued: wiring.onQueued,
  };
}
