CREATE TABLE `fleet_audit_head` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL,
	`acknowledged_at` integer NOT NULL
);
