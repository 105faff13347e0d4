CREATE TABLE `fleet_commands` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_by_email` text NOT NULL,
	`received_at` integer NOT NULL,
	`status` text NOT NULL,
	`result` text,
	`error` text,
	`finished_at` integer,
	`reported_at` integer
);
--> statement-breakpoint
CREATE INDEX `fleet_commands_unreported_idx` ON `fleet_commands` (`reported_at`,`finished_at`);--> statement-breakpoint
CREATE TABLE `fleet_credentials` (
	`kiosk_id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`enrolled_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `audit_logs` ADD `actor_id` text;--> statement-breakpoint
ALTER TABLE `audit_logs` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_logs` ADD `hash` text;