ALTER TABLE "kiosk_commands" ADD COLUMN "request_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_commands_request_key_idx" ON "kiosk_commands" USING btree ("kiosk_id","request_key");