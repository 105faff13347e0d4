CREATE TABLE `scans` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`payment_id` text,
	`state` text NOT NULL,
	`driver` text NOT NULL,
	`adapter` text,
	`protocol` text,
	`vin` text,
	`mil` integer,
	`battery_volts` real,
	`ecus` text DEFAULT '[]' NOT NULL,
	`dtc_count` integer DEFAULT 0 NOT NULL,
	`error_code` text,
	`error_message` text,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scans_session_idx` ON `scans` (`session_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `scans_state_idx` ON `scans` (`state`);