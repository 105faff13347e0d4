import type { Clock, Config, EventHub, IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { EmailChannel, SmsChannel } from "./channels/types";
import type { DeliveryView } from "./schemas";
import type { ReportFonts } from "./templates/font";

export interface DeliveryEvent extends DeliveryView {
  reportId: string;
}

/** What every reporting verb and the outbox need. */
export interface ReportingDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Pick<Config, "environment" | "reports" | "delivery" | "timezone">;
  metrics: Metrics;
  /** Where report PDFs are written: `reports/` under the storage root unless `reportsPath` says otherwise. */
  reportsDir: string;
  channels: { email: EmailChannel; sms: SmsChannel };
  /** Delivery changes, keyed by report id. */
  deliveryHub: EventHub<DeliveryEvent>;
  /** The PDF fonts, from the files the composition root names (a bundle ships its own copy). */
  fonts: ReportFonts;
  /** Jitter source for retry backoff; injected so tests can pin it. */
  random: () => number;
  /** Called when new deliveries are queued, to wake the outbox worker; given by the composition root. */
  onQueued?: () => void;
}
