CREATE TABLE "console_audit" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "console_audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"operator_id" text,
	"operator_email" text,
	"action" text NOT NULL,
	"kiosk_id" text,
	"target" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "kiosk_commands" (
	"id" text PRIMARY KEY NOT NULL,
	"kiosk_id" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_by_email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"fetched_at" timestamp with time zone,
	"fetches" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "operator_sessions" (
	"id_hash" "bytea" PRIMARY KEY NOT NULL,
	"operator_id" text NOT NULL,
	"csrf_hash" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "operators" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "kiosks" ALTER COLUMN "last_seen_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "devices" jsonb;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "credential_hash" "bytea";--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "credential_issued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "enroll_code_hash" "bytea";--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "enroll_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "audit_chain" text DEFAULT 'ok' NOT NULL;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "audit_chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "audit_chain_head" text;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "audit_chain_problem" text;--> statement-breakpoint
ALTER TABLE "kiosks" ADD COLUMN "audit_chain_broken_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "operator_sessions" ADD CONSTRAINT "operator_sessions_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "console_audit_at_idx" ON "console_audit" USING btree ("at");--> statement-breakpoint
CREATE INDEX "console_audit_operator_idx" ON "console_audit" USING btree ("operator_id","at");--> statement-breakpoint
CREATE INDEX "console_audit_kiosk_idx" ON "console_audit" USING btree ("kiosk_id","at");--> statement-breakpoint
CREATE INDEX "console_audit_action_idx" ON "console_audit" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "kiosk_commands_queue_idx" ON "kiosk_commands" USING btree ("kiosk_id","status","created_at");--> statement-breakpoint
CREATE INDEX "kiosk_commands_status_idx" ON "kiosk_commands" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "operator_sessions_operator_idx" ON "operator_sessions" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "operator_sessions_expires_idx" ON "operator_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "operators_email_idx" ON "operators" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "kiosks_credential_idx" ON "kiosks" USING btree ("credential_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "kiosks_enroll_code_idx" ON "kiosks" USING btree ("enroll_code_hash");