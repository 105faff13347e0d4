export * from "./audit";
export * from "./create-db";
export * from "./schema";
