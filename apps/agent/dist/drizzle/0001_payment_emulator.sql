CREATE TABLE `emulator_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`description` text NOT NULL,
	`metadata` text NOT NULL,
	`outcome` text NOT NULL,
	`settle_at` integer,
	`cancellation_reason` text,
	`notify_times` integer DEFAULT 1 NOT NULL,
	`notifications_due` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `emulator_payments_idempotency_key_unique` ON `emulator_payments` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `emulator_payments_status_settle_idx` ON `emulator_payments` (`status`,`settle_at`);--> statement-breakpoint
CREATE INDEX `emulator_payments_notifications_idx` ON `emulator_payments` (`notifications_due`);