CREATE TABLE `emulator_refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`payment_id` text NOT NULL,
	`amount` integer NOT NULL,
	`status` text NOT NULL,
	`receipt` text,
	`settle_at` integer,
	`notification_due` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `emulator_payments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `emulator_refunds_idempotency_key_unique` ON `emulator_refunds` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `emulator_refunds_status_settle_idx` ON `emulator_refunds` (`status`,`settle_at`);--> statement-breakpoint
CREATE TABLE `refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`payment_id` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`provider_refund_id` text,
	`receipt` text,
	`receipt_registration` text,
	`cancellation_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`next_check_at` integer,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "refunds_amount_check" CHECK("refunds"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `refunds_provider_refund_id_unique` ON `refunds` (`provider_refund_id`);--> statement-breakpoint
CREATE INDEX `refunds_payment_idx` ON `refunds` (`payment_id`);--> statement-breakpoint
CREATE INDEX `refunds_status_next_check_idx` ON `refunds` (`status`,`next_check_at`);--> statement-breakpoint
ALTER TABLE `emulator_payments` ADD `receipt` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `refunded_amount` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `payments` ADD `receipt` text;--> statement-breakpoint
ALTER TABLE `payments` ADD `receipt_registration` text;