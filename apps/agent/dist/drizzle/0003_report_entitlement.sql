DROP INDEX `deliveries_report_channel_recipient_uq`;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `round` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_report_channel_recipient_uq` ON `deliveries` (`report_id`,`channel`,`recipient`,`round`);--> statement-breakpoint
ALTER TABLE `reports` ADD `payment_id` text REFERENCES payments(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `reports` ADD `resends` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_payment_uq` ON `reports` (`payment_id`);