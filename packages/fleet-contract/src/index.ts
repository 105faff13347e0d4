export * from "./events";
export * from "./fields";
export * from "./reports";
export * from "./report-client";
