DROP INDEX `fleet_outbox_unsent_idx`;--> statement-breakpoint
ALTER TABLE `fleet_outbox` ADD `refused_at` integer;--> statement-breakpoint
ALTER TABLE `fleet_outbox` ADD `refusal` text;--> statement-breakpoint
CREATE INDEX `fleet_outbox_unsent_idx` ON `fleet_outbox` (`sent_at`,`refused_at`,`seq`);--> statement-breakpoint
ALTER TABLE `payments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Payment events queued before the change counter existed are numbered 1..n per payment, in the
-- order they happened, and the payment continues from n + 1: the backlog moves the fleet's
-- projection in order, and the next change overtakes it.
UPDATE `fleet_outbox` SET `payload` = json_set(`payload`, '$.snapshot.version', `numbered`.`n`) FROM (SELECT `seq`, row_number() OVER (PARTITION BY `entity_id` ORDER BY `seq`) AS `n` FROM `fleet_outbox` WHERE `entity_type` = 'payment' AND `sent_at` IS NULL AND json_type(`payload`, '$.snapshot') = 'object') AS `numbered` WHERE `fleet_outbox`.`seq` = `numbered`.`seq`;--> statement-breakpoint
UPDATE `payments` SET `version` = 1 + (SELECT count(*) FROM `fleet_outbox` WHERE `entity_type` = 'payment' AND `entity_id` = `payments`.`id` AND `sent_at` IS NULL AND json_type(`payload`, '$.snapshot') = 'object');--> statement-breakpoint
-- Intents closed in the last day without the provider's word that they were cancelled: asked again
-- by the reconciler until that word is final, as every close after this change is.
UPDATE `payments` SET `next_check_at` = CAST(strftime('%s', 'now') AS INTEGER) * 1000 WHERE `status` IN ('expired', 'cancelled') AND `confirmed_at` IS NULL AND `provider_payment_id` IS NOT NULL AND `next_check_at` IS NULL AND `created_at` > (CAST(strftime('%s', 'now') AS INTEGER) - 86400) * 1000;
