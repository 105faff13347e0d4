export * from "./backoffice";
export * from "./client";
export * from "./config";
export * from "./local-postgres";
export type { BackofficeRouter } from "./router";
