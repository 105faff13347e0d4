-- `version` was the kiosk's updated_at (a clock); it is now the kiosk's per-payment
-- change counter. Rows written under the old meaning start at 0, so the next event moves them.
UPDATE "fleet_payments" SET "version" = 0;
