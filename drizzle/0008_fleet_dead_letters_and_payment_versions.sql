DROP INDEX `fleet_outbox_unsent_idx`;--> statement-breakpoint
ALTER TABLE `fleet_outbox` ADD `refused_at` integer;--> statement-breakpoint
ALTER TABLE `fleet_outbox` ADD `refusal` text;--> statement-breakpoint
CREATE INDEX `fleet_outbox_unsent_idx` ON `fleet_outbox` (`sent_at`,`refused_at`,`seq`);--> statement-breakpoint
ALTER TABLE `payments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Payment events queued before versions existed carry version 0: stored, but any newer change overtakes them.
UPDATE `fleet_outbox` SET `payload` = json_set(`payload`, '$.snapshot.version', 0) WHERE `entity_type` = 'payment' AND `sent_at` IS NULL AND json_type(`payload`, '$.snapshot') = 'object' AND json_type(`payload`, '$.snapshot.version') IS NULL;
