DROP INDEX `sessions_type_status_created_idx`;--> statement-breakpoint
CREATE INDEX `sessions_status_activity_idx` ON `sessions` (`status`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `sessions_created_idx` ON `sessions` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_status_created_idx` ON `sessions` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_type_created_idx` ON `sessions` (`type`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_type_status_created_idx` ON `sessions` (`type`,`status`,`created_at`,`id`);