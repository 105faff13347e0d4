export * from "./context";
export * from "./errors";
export * from "./root";
