export * from "./chain";
export * from "./events";
export * from "./fields";
export * from "./reports";
export * from "./report-client";
export * from "./commands";
export * from "./enroll";
export * from "./fleet-call";
