import type { Clock, Config, EventHub, IdGenerator } from "@kiosk/core";
import type { Actor, Audit, Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { EmailChannel, SmsChannel } from "./channels/types";
import type { DeliveryView } from "./schemas";
import type { ReportFonts } from "./templates/font";

export interface DeliveryEvent extends DeliveryView {
  reportId: string;
}

/** Reports' links from the fleet backoffice. */
export interface ReportLinks {
  onUploadQueued?: () => void;
  /**
   * The backoffice answered the kiosk's last request (the fleet worker keeps it
   * so): only then may a customer take the report by QR code alone, since with
   * it away the link would come after they left.
   */
  reachable: boolean;
}

/** What every reporting verb and the outbox need. */
export interface ReportingDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Pick<Config, "environment" | "reports" | "delivery" | "timezone">;
  metrics: Metrics;
  /** Writes audit rows in the caller's transaction (with the fleet outbox's, when the agent has one). */
  audit: Audit;
  /** Where report PDFs are written: `reports/` under the storage root unless `reportsPath` says otherwise. */
  reportsDir: string;
  channels: { email: EmailChannel; sms: SmsChannel };
  /** Delivery changes, keyed by report id. */
  deliveryHub: EventHub<DeliveryEvent>;
  /** The PDF fonts, from the files the composition root names (a bundle ships its own copy). */
  fonts: ReportFonts;
  /** Jitter source for retry backoff; injected so tests can pin it. */
  random: () => number;
  /**
   * With a fleet: each report's PDF is queued for the backoffice (`report_uploads`), and its messages
   * wait up to `reports.linkWaitMs` for the link. Without one, null.
   */
  links: ReportLinks | null;
  /** Called when new deliveries are queued, to wake the outbox worker; given by the composition root. */
  onQueued?: () => void;
  /** Deliveries whose send is under way in these services: never taken back while running. */
  sendsUnderWay: Set<string>;
}

/** A reporting verb's `ctx`: the deps, and who is calling (set once, by the API's context). */
export interface ReportingCtx {
  deps: ReportingDeps;
  actor: Actor;
}
