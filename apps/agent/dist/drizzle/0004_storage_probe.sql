CREATE TABLE `storage_probe` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	CONSTRAINT "storage_probe_single_row" CHECK("storage_probe"."id" = 1)
);
