export * from "./audit";
export * from "./payments";
export * from "./reports";
export * from "./sessions";
