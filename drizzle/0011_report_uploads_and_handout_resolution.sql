CREATE TABLE `report_uploads` (
	`report_id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`link` text,
	`link_expires_at` integer,
	`follow_up` text DEFAULT 'none' NOT NULL,
	`created_at` integer NOT NULL,
	`uploaded_at` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_uploads_due_idx` ON `report_uploads` (`state`,`next_attempt_at`);--> statement-breakpoint
DROP INDEX `deliveries_report_channel_recipient_uq`;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `kind` text DEFAULT 'report' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_report_channel_recipient_kind_uq` ON `deliveries` (`report_id`,`channel`,`recipient`,`round`,`kind`);--> statement-breakpoint
ALTER TABLE `device_handouts` ADD `resolved_at` integer;