CREATE TABLE "fleet_events" (
	"kiosk_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb NOT NULL,
	CONSTRAINT "fleet_events_kiosk_id_event_id_pk" PRIMARY KEY("kiosk_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "fleet_payments" (
	"kiosk_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"session_id" text NOT NULL,
	"status" text NOT NULL,
	"amount" integer NOT NULL,
	"refunded_amount" integer DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"provider" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"version" bigint NOT NULL,
	CONSTRAINT "fleet_payments_kiosk_id_payment_id_pk" PRIMARY KEY("kiosk_id","payment_id")
);
--> statement-breakpoint
CREATE TABLE "kiosks" (
	"id" text PRIMARY KEY NOT NULL,
	"version" text,
	"last_seen_at" timestamp with time zone NOT NULL,
	"events_received" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "fleet_events_occurred_idx" ON "fleet_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_events_event_idx" ON "fleet_events" USING btree ("event","occurred_at");--> statement-breakpoint
CREATE INDEX "fleet_events_entity_idx" ON "fleet_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "fleet_payments_confirmed_idx" ON "fleet_payments" USING btree ("confirmed_at");--> statement-breakpoint
CREATE INDEX "fleet_payments_status_idx" ON "fleet_payments" USING btree ("status","created_at");