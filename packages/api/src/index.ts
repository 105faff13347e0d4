export * from "./context";
export * from "./errors";
export * from "./root";
export type { ProcedureMeta, RestMeta, Tier } from "./trpc";
