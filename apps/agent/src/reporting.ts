import { join } from "node:path";
import { EventHub, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import {
  createDevEmailChannel,
  createDevSmsChannel,
  createSendGridChannel,
  createSmscChannel,
  createSmtpChannel,
  createTwilioChannel,
  instrumentChannels,
  type DeliveryEvent,
  type EmailChannel,
  type ReportingDeps,
  type SmsChannel,
} from "@kiosk/reporting";
import type { Logger } from "./logger";

/** The email channel EMAIL_PROVIDER names (the config schema has checked its credentials). */
function emailChannel(config: Config, logger: Logger): EmailChannel {
  const { email, delivery } = config;
  switch (email.provider) {
    case "smtp":
      return createSmtpChannel({
        ...email.smtp,
        host: email.smtp.host ?? "",
        from: email.from,
        timeoutMs: delivery.sendTimeoutMs,
      });
    case "sendgrid":
      return createSendGridChannel({
        apiUrl: email.sendgrid.apiUrl,
        apiKey: email.sendgrid.apiKey ?? "",
        from: email.from,
        timeoutMs: delivery.sendTimeoutMs,
      });
    case "dev":
      return createDevEmailChannel(join(config.storagePath, "outbox"), email.from, logger);
  }
}

/** The SMS channel SMS_PROVIDER names. */
function smsChannel(config: Config, logger: Logger): SmsChannel {
  const { sms, delivery } = config;
  switch (sms.provider) {
    case "twilio":
      return createTwilioChannel({
        apiUrl: sms.twilio.apiUrl,
        accountSid: sms.twilio.accountSid ?? "",
        authToken: sms.twilio.authToken ?? "",
        from: sms.from,
        timeoutMs: delivery.sendTimeoutMs,
      });
    case "smsc":
      return createSmscChannel({
        apiUrl: sms.smsc.apiUrl,
        login: sms.smsc.login ?? "",
        password: sms.smsc.password ?? "",
        from: sms.from,
        timeoutMs: delivery.sendTimeoutMs,
      });
    case "dev":
      return createDevSmsChannel(join(config.storagePath, "outbox"), logger);
  }
}

export function createReportingDeps(
  config: Config,
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  metrics: Metrics,
  logger: Logger,
): ReportingDeps {
  return {
    db,
    clock,
    ids,
    config,
    metrics,
    reportsDir: config.reportsPath ?? join(config.storagePath, "reports"),
    channels: instrumentChannels({ email: emailChannel(config, logger), sms: smsChannel(config, logger) }, metrics),
    deliveryHub: new EventHub<DeliveryEvent>(),
    random: Math.random,
  };
}
