CREATE TABLE "fleet_kiosk_hours" (
	"kiosk_id" text NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"payments" integer DEFAULT 0 NOT NULL,
	"revenue" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "fleet_kiosk_hours_kiosk_id_hour_pk" PRIMARY KEY("kiosk_id","hour")
);
--> statement-breakpoint
CREATE TABLE "fleet_unsettled" (
	"kiosk_id" text NOT NULL,
	"kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"event_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "fleet_unsettled_kiosk_id_kind_entity_id_event_id_pk" PRIMARY KEY("kiosk_id","kind","entity_id","event_id")
);
--> statement-breakpoint
DROP INDEX "fleet_payments_confirmed_idx";--> statement-breakpoint
DROP INDEX "fleet_events_entity_idx";--> statement-breakpoint
DROP INDEX "fleet_payments_status_idx";--> statement-breakpoint
CREATE INDEX "fleet_unsettled_queue_idx" ON "fleet_unsettled" USING btree ("kind","at");--> statement-breakpoint
CREATE INDEX "fleet_events_kiosk_idx" ON "fleet_events" USING btree ("kiosk_id","occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_payments_kiosk_idx" ON "fleet_payments" USING btree ("kiosk_id","created_at","payment_id");--> statement-breakpoint
CREATE INDEX "fleet_payments_created_idx" ON "fleet_payments" USING btree ("created_at","kiosk_id","payment_id");--> statement-breakpoint
CREATE INDEX "fleet_events_entity_idx" ON "fleet_events" USING btree ("entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_payments_status_idx" ON "fleet_payments" USING btree ("status","created_at","kiosk_id","payment_id");
--> statement-breakpoint
-- The counters of what was stored before them: sessions by the hour they started, payments by the hour they were confirmed.
INSERT INTO "fleet_kiosk_hours" ("kiosk_id", "hour", "sessions", "payments", "revenue")
SELECT "kiosk_id", "hour", sum("sessions"), sum("payments"), sum("revenue") FROM (
  SELECT "kiosk_id", date_trunc('hour', "occurred_at", 'UTC') AS "hour", 1 AS "sessions", 0 AS "payments", 0::bigint AS "revenue"
  FROM "fleet_events" WHERE "event" = 'session.created'
  UNION ALL
  SELECT "kiosk_id", date_trunc('hour', "confirmed_at", 'UTC'), 0, 1, "amount" - "refunded_amount"
  FROM "fleet_payments" WHERE "confirmed_at" IS NOT NULL
) AS "counted" GROUP BY "kiosk_id", "hour";
--> statement-breakpoint
-- The queues of what was stored before them: late successes with no refund since, dead deliveries not sent since.
INSERT INTO "fleet_unsettled" ("kiosk_id", "kind", "entity_id", "event_id", "at")
SELECT e."kiosk_id", CASE e."event" WHEN 'payment.late_success' THEN 'late_success' ELSE 'dead_delivery' END,
  e."entity_id", e."event_id", e."occurred_at"
FROM "fleet_events" e
WHERE e."event" IN ('payment.late_success', 'delivery.dead') AND NOT EXISTS (
  SELECT 1 FROM "fleet_events" later
  WHERE later."entity_id" = e."entity_id" AND later."kiosk_id" = e."kiosk_id" AND later."occurred_at" >= e."occurred_at"
    AND later."event" = CASE e."event" WHEN 'payment.late_success' THEN 'payment.refund_succeeded' ELSE 'delivery.sent' END);
