DROP INDEX "console_audit_operator_idx";--> statement-breakpoint
DROP INDEX "console_audit_kiosk_idx";--> statement-breakpoint
DROP INDEX "console_audit_action_idx";--> statement-breakpoint
CREATE INDEX "fleet_payments_amount_idx" ON "fleet_payments" USING btree ("amount","created_at","kiosk_id","payment_id");--> statement-breakpoint
CREATE INDEX "console_audit_operator_idx" ON "console_audit" USING btree ("operator_id","id");--> statement-breakpoint
CREATE INDEX "console_audit_kiosk_idx" ON "console_audit" USING btree ("kiosk_id","id");--> statement-breakpoint
CREATE INDEX "console_audit_action_idx" ON "console_audit" USING btree ("action","id");