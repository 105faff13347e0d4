CREATE TABLE `fleet_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`event` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`at` integer NOT NULL,
	`payload` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fleet_outbox_event_id_unique` ON `fleet_outbox` (`event_id`);--> statement-breakpoint
CREATE INDEX `fleet_outbox_unsent_idx` ON `fleet_outbox` (`sent_at`,`next_attempt_at`,`seq`);