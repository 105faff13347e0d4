CREATE TABLE `device_handouts` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`device` text NOT NULL,
	`cell` integer NOT NULL,
	`state` text NOT NULL,
	`opened_at` integer NOT NULL,
	`return_by` integer,
	`ended_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `device_handouts_session_idx` ON `device_handouts` (`session_id`,`device`);--> statement-breakpoint
CREATE INDEX `device_handouts_state_idx` ON `device_handouts` (`state`);--> statement-breakpoint
CREATE TABLE `measurements` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`payment_id` text,
	`vehicle_type` text NOT NULL,
	`state` text NOT NULL,
	`driver` text NOT NULL,
	`gauge` text,
	`readings` text DEFAULT '[]' NOT NULL,
	`remeasure` text,
	`error_code` text,
	`error_message` text,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measurements_session_idx` ON `measurements` (`session_id`);--> statement-breakpoint
CREATE INDEX `measurements_state_idx` ON `measurements` (`state`);