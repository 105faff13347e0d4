import { requiredSetting } from "@kiosk/core";
import { z } from "zod";
import { createDevEmailChannel, createDevSmsChannel } from "./dev";
import {
  defineEmailChannel,
  defineSmsChannel,
  type EmailChannelDefinition,
  type SmsChannelDefinition,
} from "./registry";
import { createSendGridChannel } from "./sendgrid";
import { createSmscChannel } from "./smsc";
import { createSmtpChannel } from "./smtp";
import { createTwilioChannel } from "./twilio";

const smtp = defineEmailChannel({
  name: "smtp",
  settings: {
    path: ["email", "smtp"],
    schema: z
      .object({
        // No default: a relay the README promises to ask for is never guessed.
        host: z.string().min(1).optional().describe("SMTP relay host; required with the smtp provider"),
        port: z.number().int().min(1).max(65535).default(587).describe("SMTP port"),
        secure: z.boolean().default(false).describe("TLS from the start (465); false uses STARTTLS when offered"),
        user: z.string().optional().describe("SMTP user"),
        pass: z.string().optional().describe("SMTP password (secret)"),
      })
      .strict(),
    env: {
      SMTP_HOST: { key: "host", required: true },
      SMTP_PORT: { key: "port", kind: "number" },
      SMTP_SECURE: { key: "secure", kind: "boolean" },
      SMTP_USER: { key: "user" },
      // A relay on the kiosk's own network may take mail without a login.
      SMTP_PASS: { key: "pass", secret: true, required: false },
    },
  },
  create: ({ settings, from, timeoutMs }) =>
    createSmtpChannel({ ...settings, host: requiredSetting(settings.host, "SMTP_HOST"), from, timeoutMs }),
});

const sendgrid = defineEmailChannel({
  name: "sendgrid",
  settings: {
    path: ["email", "sendgrid"],
    schema: z
      .object({
        apiUrl: z.url().default("https://api.sendgrid.com").describe("SendGrid API root (a local fake in tests)"),
        apiKey: z.string().min(1).optional().describe("SendGrid API key (secret)"),
      })
      .strict(),
    env: {
      SENDGRID_API_URL: { key: "apiUrl" },
      SENDGRID_API_KEY: { key: "apiKey", secret: true },
    },
  },
  create: ({ settings, from, timeoutMs }) =>
    createSendGridChannel({
      apiUrl: settings.apiUrl,
      apiKey: requiredSetting(settings.apiKey, "SENDGRID_API_KEY"),
      from,
      timeoutMs,
    }),
});

const devEmail: EmailChannelDefinition = {
  name: "dev",
  create: ({ outboxDir, from, log }) => createDevEmailChannel(outboxDir, from, log),
};

const twilio = defineSmsChannel({
  name: "twilio",
  settings: {
    path: ["sms", "twilio"],
    schema: z
      .object({
        apiUrl: z
          .url()
          .default("https://api.twilio.com")
          .describe("Twilio API root, given to the SDK's HTTP client (a local fake in tests)"),
        /** The SDK refuses any other shape; say so at start rather than on the first SMS. */
        accountSid: z
          .string()
          .regex(/^AC\w+$/, "must be a Twilio account SID (AC…)")
          .optional()
          .describe("Twilio account SID"),
        authToken: z.string().min(1).optional().describe("Twilio auth token (secret)"),
      })
      .strict(),
    env: {
      TWILIO_API_URL: { key: "apiUrl" },
      TWILIO_ACCOUNT_SID: { key: "accountSid", required: true },
      TWILIO_AUTH_TOKEN: { key: "authToken", secret: true },
    },
  },
  create: ({ settings, from, timeoutMs }) =>
    createTwilioChannel({
      apiUrl: settings.apiUrl,
      accountSid: requiredSetting(settings.accountSid, "TWILIO_ACCOUNT_SID"),
      authToken: requiredSetting(settings.authToken, "TWILIO_AUTH_TOKEN"),
      from,
      timeoutMs,
    }),
});

const smsc = defineSmsChannel({
  name: "smsc",
  settings: {
    path: ["sms", "smsc"],
    schema: z
      .object({
        apiUrl: z.url().default("https://smsc.ru/sys").describe("SMSC API root (a local fake in tests)"),
        login: z.string().min(1).optional().describe("SMSC login"),
        password: z.string().min(1).optional().describe("SMSC password (secret)"),
      })
      .strict(),
    env: {
      SMSC_API_URL: { key: "apiUrl" },
      SMSC_LOGIN: { key: "login", required: true },
      SMSC_PASSWORD: { key: "password", secret: true },
    },
  },
  create: ({ settings, from, timeoutMs }) =>
    createSmscChannel({
      apiUrl: settings.apiUrl,
      login: requiredSetting(settings.login, "SMSC_LOGIN"),
      password: requiredSetting(settings.password, "SMSC_PASSWORD"),
      from,
      timeoutMs,
    }),
});

const devSms: SmsChannelDefinition = {
  name: "dev",
  create: ({ outboxDir, log }) => createDevSmsChannel(outboxDir, log),
};

/** The email channels this build knows; EMAIL_PROVIDER picks one. Adding one: a definition here. */
export const builtInEmailChannels: readonly EmailChannelDefinition[] = [smtp, sendgrid, devEmail];

/** The SMS channels this build knows; SMS_PROVIDER picks one. */
export const builtInSmsChannels: readonly SmsChannelDefinition[] = [twilio, smsc, devSms];
