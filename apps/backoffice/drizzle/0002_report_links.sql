CREATE TABLE "backoffice_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_openings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "link_openings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kiosk_id" text NOT NULL,
	"report_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"outcome" text NOT NULL,
	"address_prefix" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_rate_windows" (
	"client_key" "bytea" PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_links" (
	"kiosk_id" text NOT NULL,
	"report_id" text NOT NULL,
	"type" text NOT NULL,
	"sha256" text NOT NULL,
	"pdf" "bytea",
	"pdf_bytes" integer NOT NULL,
	"page" jsonb,
	"token_hash" "bytea" NOT NULL,
	"token_sealed" "bytea" NOT NULL,
	"report_created_at" timestamp with time zone NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"opened_count" integer DEFAULT 0 NOT NULL,
	"last_opened_at" timestamp with time zone,
	CONSTRAINT "report_links_kiosk_id_report_id_pk" PRIMARY KEY("kiosk_id","report_id")
);
--> statement-breakpoint
ALTER TABLE "link_openings" ADD CONSTRAINT "link_openings_kiosk_id_report_id_report_links_kiosk_id_report_id_fk" FOREIGN KEY ("kiosk_id","report_id") REFERENCES "public"."report_links"("kiosk_id","report_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_openings_report_idx" ON "link_openings" USING btree ("kiosk_id","report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_links_token_idx" ON "report_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "report_links_expires_idx" ON "report_links" USING btree ("expires_at");--> statement-breakpoint
-- Not in the drizzle schema (drizzle-kit does not model them): the rate windows need no
-- WAL (a crash forgets the current minute), and a PDF is compressed already, so TOAST
-- stores it out of line without trying again.
ALTER TABLE "link_rate_windows" SET UNLOGGED;--> statement-breakpoint
ALTER TABLE "report_links" ALTER COLUMN "pdf" SET STORAGE EXTERNAL;
