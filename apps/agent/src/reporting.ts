import { join } from "node:path";
import { EventHub, type Config } from "@kiosk/core";
import {
  createChannel,
  instrumentChannels,
  type DeliveryEvent,
  type ReportFonts,
  type ReportingDeps,
} from "@kiosk/reporting";
import type { AgentAdapters } from "./adapters";
import type { Logger } from "./logger";
import type { SharedDeps } from "./shared-deps";

/** What the reporting deps take besides the config and storage: the composition root's choices. */
export interface ReportingWiring {
  adapters: Pick<AgentAdapters, "emailChannels" | "smsChannels">;
  fonts: ReportFonts;
  /** Wakes the outbox when a report queues deliveries. */
  onQueued: () => void;
  /** Wakes the fleet worker when a report's PDF is queued for the backoffice. */
  onUploadQueued?: () => void;
}

/** The channels EMAIL_PROVIDER and SMS_PROVIDER name (parseConfig has checked their settings). */
export function createReportingDeps(
  config: Config,
  shared: SharedDeps,
  logger: Logger,
  wiring: ReportingWiring,
): ReportingDeps {
  const channelContext = {
    timeoutMs: config.delivery.sendTimeoutMs,
    outboxDir: join(config.storagePath, "outbox"),
    log: logger,
  };
  const email = createChannel(wiring.adapters.emailChannels, config.email.provider, config, {
    ...channelContext,
    from: config.email.from,
  });
  const sms = createChannel(wiring.adapters.smsChannels, config.sms.provider, config, {
    ...channelContext,
    from: config.sms.from,
  });
  return {
    ...shared,
    config,
    reportsDir: config.reportsPath ?? join(config.storagePath, "reports"),
    channels: instrumentChannels({ email, sms }, shared.metrics),
    deliveryHub: new EventHub<DeliveryEvent>(),
    fonts: wiring.fonts,
    random: Math.random,
    onQueued: wiring.onQueued,
    // Links come from the fleet backoffice: without one configured, reports go as they always did.
    links: config.fleet.url ? { onUploadQueued: wiring.onUploadQueued, reachable: false } : null,
    sendsUnderWay: new Set(),
  };
}
