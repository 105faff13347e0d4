import {
  bigint,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { ReportLinkPage } from "@kiosk/fleet-contract";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Every kiosk that ever reported, with what it last said about itself. */
/**
 * Every kiosk of the fleet: made in the console (or first heard from under a
 * legacy `BACKOFFICE_KIOSK_TOKENS` token), with what it last said about itself.
 * Its credential is kept only as a sha256 (`credential_hash`), as is its
 * one-time enrollment code until used; `revoked_at` refuses both. The audit
 * chain's head is the last link the backoffice verified; `audit_chain` says
 * whether the kiosk's history still holds together (`ok`, `broken`).
 */
export const kiosks = pgTable(
  "kiosks",
  {
    id: text("id").primaryKey(),
    name: text("name"),
    version: text("version"),
    /** Null until the kiosk first reports. */
    lastSeenAt: at("last_seen_at"),
    eventsReceived: bigint("events_received", { mode: "number" }).notNull().default(0),
    /** The kiosk's IANA zone, as it says: its times are shown in it. */
    timeZone: text("time_zone"),
    /** Its devices as it last said (`{ obd: { driver, ready, error }, ... }`). */
    devices: jsonb("devices").$type<Record<string, unknown>>(),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    credentialHash: bytea("credential_hash"),
    credentialIssuedAt: at("credential_issued_at"),
    enrollCodeHash: bytea("enroll_code_hash"),
    enrollExpiresAt: at("enroll_expires_at"),
    revokedAt: at("revoked_at"),
    auditChain: text("audit_chain").$type<"ok" | "broken">().notNull().default("ok"),
    auditChainSeq: bigint("audit_chain_seq", { mode: "number" }),
    auditChainHead: text("audit_chain_head"),
    auditChainProblem: text("audit_chain_problem"),
    auditChainBrokenAt: at("audit_chain_broken_at"),
  },
  (t) => [
    uniqueIndex("kiosks_credential_idx").on(t.credentialHash),
    uniqueIndex("kiosks_enroll_code_idx").on(t.enrollCodeHash),
  ],
);

/**
 * Every event a kiosk sent, once: (kiosk_id, event_id) is the kiosk's idempotency
 * key, so a batch delivered twice is stored once. The fleet's audit search reads it.
 */
export const fleetEvents = pgTable(
  "fleet_events",
  {
    kioskId: text("kiosk_id").notNull(),
    eventId: text("event_id").notNull(),
    event: text("event").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kioskId, t.eventId] }),
    // The audit search by time alone, newest first.
    index("fleet_events_occurred_idx").on(t.occurredAt),
    // The audit search by event; the refund queue's late successes and the dead deliveries.
    index("fleet_events_event_idx").on(t.event, t.occurredAt),
    // The audit search by kiosk, newest first.
    index("fleet_events_kiosk_idx").on(t.kioskId, t.occurredAt),
    // A payment's story, the audit search by entity, and "settled since?" in the refund and delivery queues.
    index("fleet_events_entity_idx").on(t.entityId, t.occurredAt),
  ],
);

/**
 * Each kiosk's counts per UTC hour, moved by ingest in the statement that
 * stores the events: sessions started (by when they started), and payments
 * confirmed with their net money (amount less refunds, by when they were
 * confirmed; a refund moves its payment's hour). The overview sums a kiosk's
 * hours since its midnight instead of counting millions of events.
 */
export const fleetKioskHours = pgTable(
  "fleet_kiosk_hours",
  {
    kioskId: text("kiosk_id").notNull(),
    hour: at("hour").notNull(),
    sessions: integer("sessions").notNull().default(0),
    payments: integer("payments").notNull().default(0),
    revenue: bigint("revenue", { mode: "number" }).notNull().default(0),
  },
  // The key is also the overview's lookup: one kiosk's hours from its midnight on.
  (t) => [primaryKey({ columns: [t.kioskId, t.hour] })],
);

/** What an operator must settle: money taken after its intent was closed, a report that never reached its customer. */
export const unsettledKinds = ["late_success", "dead_delivery"] as const;
export type UnsettledKind = (typeof unsettledKinds)[number];

/**
 * The refund queue and the dead deliveries, kept by ingest in the statement
 * that stores the events: a `payment.late_success` (a `delivery.dead`) is
 * listed until the same kiosk's same entity has a `payment.refund_succeeded`
 * (a `delivery.sent`) at or after it, whichever arrives first. The console
 * reads the few open ones here instead of searching millions of events.
 */
export const fleetUnsettled = pgTable(
  "fleet_unsettled",
  {
    kioskId: text("kiosk_id").notNull(),
    kind: text("kind").$type<UnsettledKind>().notNull(),
    entityId: text("entity_id").notNull(),
    eventId: text("event_id").notNull(),
    at: at("at").notNull(),
  },
  (t) => [
    // The key is also ingest's lookup: a settling event clears its entity's open rows.
    primaryKey({ columns: [t.kioskId, t.kind, t.entityId, t.eventId] }),
    // The queues, newest first.
    index("fleet_unsettled_queue_idx").on(t.kind, t.at),
  ],
);

/**
 * Each kiosk's payments as their latest event says they stand. `version` is the
 * kiosk's per-payment change counter: only a strictly higher one moves the row,
 * so a replayed, duplicated or overtaken event never moves a payment back.
 */
export const fleetPayments = pgTable(
  "fleet_payments",
  {
    kioskId: text("kiosk_id").notNull(),
    paymentId: text("payment_id").notNull(),
    sessionId: text("session_id").notNull(),
    status: text("status").notNull(),
    amount: integer("amount").notNull(),
    refundedAmount: integer("refunded_amount").notNull().default(0),
    currency: text("currency").notNull(),
    provider: text("provider").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
    version: bigint("version", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kioskId, t.paymentId] }),
    // The payments search: newest first, by status, by kiosk, or neither (each a page after a cursor).
    index("fleet_payments_status_idx").on(t.status, t.createdAt, t.kioskId, t.paymentId),
    index("fleet_payments_kiosk_idx").on(t.kioskId, t.createdAt, t.paymentId),
    index("fleet_payments_created_idx").on(t.createdAt, t.kioskId, t.paymentId),
    // Search by amount: a rare range (a 1,000-ruble payment) would otherwise scan every payment.
    index("fleet_payments_amount_idx").on(t.amount, t.createdAt, t.kioskId, t.paymentId),
  ],
);

/**
 * Each kiosk's published reports, keyed as the kiosk knows them: report ids are
 * per kiosk, so another kiosk's upload of the same id is another row. The link's
 * token is kept only as its sha256 (`token_hash`, what `/r/<token>` looks up)
 * and sealed under a key only that kiosk's own fleet token derives
 * (`token_sealed`), so a retried upload gets the same link back. Past
 * `expires_at` the PDF and the page are deleted and the row stays as a
 * tombstone (the link answers 410, not 404) until the purge removes it.
 */
export const reportLinks = pgTable(
  "report_links",
  {
    kioskId: text("kiosk_id").notNull(),
    reportId: text("report_id").notNull(),
    type: text("type").notNull(),
    sha256: text("sha256").notNull(),
    /** Null once expired. */
    pdf: bytea("pdf"),
    pdfBytes: integer("pdf_bytes").notNull(),
    /** What the page shows (`reportLinkPage`); null once expired. */
    page: jsonb("page").$type<ReportLinkPage>(),
    tokenHash: bytea("token_hash").notNull(),
    tokenSealed: bytea("token_sealed").notNull(),
    /** When the kiosk made the report: the page's date. */
    reportCreatedAt: at("report_created_at").notNull(),
    /** PostgreSQL's time of the first upload; `expires_at` is counted from it. */
    uploadedAt: at("uploaded_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    /** Openings that served the page or the PDF. */
    openedCount: integer("opened_count").notNull().default(0),
    lastOpenedAt: at("last_opened_at"),
  },
  (t) => [
    primaryKey({ columns: [t.kioskId, t.reportId] }),
    // Opening a link: GET /r/<token> looks up the token's hash, never the token.
    uniqueIndex("report_links_token_idx").on(t.tokenHash),
    // The purge: rows past their expiry, oldest first.
    index("report_links_expires_idx").on(t.expiresAt),
  ],
);

/**
 * Every opening of a link that found its report (served, or refused as
 * expired), with the client's network and not its address: an IPv4 /24, an
 * IPv6 /48. Deleted with its report.
 */
export const linkOpenings = pgTable(
  "link_openings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kioskId: text("kiosk_id").notNull(),
    reportId: text("report_id").notNull(),
    at: at("at").notNull().defaultNow(),
    /** `page` or `pdf`. */
    kind: text("kind").notNull(),
    /** `ok` or `expired`. */
    outcome: text("outcome").notNull(),
    /** "203.0.113.0/24", "2001:db8:1::/48". */
    addressPrefix: text("address_prefix").notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.kioskId, t.reportId],
      foreignColumns: [reportLinks.kioskId, reportLinks.reportId],
    }).onDelete("cascade"),
    // A report's openings, newest first (and the cascade's lookup).
    index("link_openings_report_idx").on(t.kioskId, t.reportId, t.at),
  ],
);

/**
 * The `/r/` rate limit's windows, shared by every replica: one row per client
 * (a keyed hash of its address, never the address), counting from its first
 * request. UNLOGGED (set in the migration): a crash forgets the current minute.
 */
export const linkRateWindows = pgTable("link_rate_windows", {
  clientKey: bytea("client_key").primaryKey(),
  windowStart: at("window_start").notNull(),
  hits: integer("hits").notNull(),
});

/** Secrets every replica shares, made once by whichever starts first (the rate limit's hash key). */
export const backofficeSecrets = pgTable("backoffice_secrets", {
  name: text("name").primaryKey(),
  value: bytea("value").notNull(),
});

/** What an operator may do: `viewer` sees; `operator` also refunds, redelivers, opens cells; `admin` also runs accounts and kiosks. */
export const operatorRoles = ["viewer", "operator", "admin"] as const;
export type OperatorRole = (typeof operatorRoles)[number];

/**
 * The people who use the console. `email` is kept lower-cased (one account per
 * address); the password only as its argon2id hash. `failed_logins` and
 * `locked_until` are the lockout; `disabled_at` ends every session at once.
 */
export const operators = pgTable(
  "operators",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<OperatorRole>().notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    /** The admin who made the account; null for the first, made by `pnpm backoffice:admin`. */
    createdBy: text("created_by"),
    passwordChangedAt: at("password_changed_at").notNull().defaultNow(),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: at("locked_until"),
    disabledAt: at("disabled_at"),
  },
  (t) => [uniqueIndex("operators_email_idx").on(t.email)],
);

/**
 * Signed-in browsers, server-side so every replica sees them and a logout is
 * real. The cookie holds a random token; only its sha256 is kept here, with
 * the sha256 of the CSRF token it is paired with.
 */
export const operatorSessions = pgTable(
  "operator_sessions",
  {
    idHash: bytea("id_hash").primaryKey(),
    operatorId: text("operator_id")
      .notNull()
      .references(() => operators.id, { onDelete: "cascade" }),
    csrfHash: bytea("csrf_hash").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [
    index("operator_sessions_operator_idx").on(t.operatorId),
    index("operator_sessions_expires_idx").on(t.expiresAt),
  ],
);

/**
 * What people did in the console, newest last, never updated: sign-ins (and
 * failed ones), accounts and kiosks changed, commands sent to kiosks. The
 * person is named by id and by the email they had then.
 */
export const consoleAudit = pgTable(
  "console_audit",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: at("at").notNull().defaultNow(),
    operatorId: text("operator_id"),
    operatorEmail: text("operator_email"),
    action: text("action").notNull(),
    kioskId: text("kiosk_id"),
    target: text("target"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
  },
  (t) => [
    index("console_audit_at_idx").on(t.at),
    // The audit page pages by id (write order), newest first, within a person, a kiosk or an action.
    index("console_audit_operator_idx").on(t.operatorId, t.id),
    index("console_audit_kiosk_idx").on(t.kioskId, t.id),
    index("console_audit_action_idx").on(t.action, t.id),
  ],
);

/** A command's life: waiting for its kiosk, then done or failed there, or expired unanswered. */
export const commandStatuses = ["pending", "done", "failed", "expired"] as const;
export type CommandStatus = (typeof commandStatuses)[number];

/**
 * Each kiosk's queue of operators' commands. Kiosks sit behind NAT, so they
 * pull: the fleet worker fetches its pending rows, runs each once (the id is
 * the kiosk's idempotency key) and reports the result. A row nobody fetched
 * before `expires_at` is expired, visibly.
 */
export const kioskCommands = pgTable(
  "kiosk_commands",
  {
    id: text("id").primaryKey(),
    kioskId: text("kiosk_id").notNull(),
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<CommandStatus>().notNull().default("pending"),
    requestedBy: text("requested_by").notNull(),
    requestedByEmail: text("requested_by_email").notNull(),
    /**
     * The console's key for the one submission that asked (`commands.create`'s
     * `requestKey`): the same submission sent again finds this command, never a
     * second one. Null for the console's own (`kiosks.rotate`).
     */
    requestKey: text("request_key"),
    createdAt: at("created_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    /** When the kiosk first fetched it; fetched again until its result comes. */
    fetchedAt: at("fetched_at"),
    fetches: integer("fetches").notNull().default(0),
    finishedAt: at("finished_at"),
    result: jsonb("result").$type<Record<string, unknown>>(),
    error: text("error"),
  },
  (t) => [
    index("kiosk_commands_queue_idx").on(t.kioskId, t.status, t.createdAt),
    index("kiosk_commands_status_idx").on(t.status, t.createdAt),
    // commands.create's idempotency: one command per kiosk and submission.
    uniqueIndex("kiosk_commands_request_key_idx").on(t.kioskId, t.requestKey),
  ],
);
