ALTER TABLE `audit_logs` ADD `request_id` text;--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_logs` (`at`);