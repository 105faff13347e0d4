export * from "./audit";
export * from "./emulator";
export * from "./health";
export * from "./payments";
export * from "./reports";
export * from "./sessions";
export * from "./fleet";
export * from "./scans";
