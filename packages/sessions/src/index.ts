export * from "./deps";
export * from "./schemas";
export * from "./service";
export * from "./state";
export * from "./statements";
export * from "./sweeper";
