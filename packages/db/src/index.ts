export * from "./audit-events";
export * from "./audit";
export * from "./audit-query";
export * from "./create-db";
export * from "./delete-batch";
export * from "./fleet-outbox";
export * from "./schema";
export * from "./storage-health";
