export * from "./clock";
export * from "./cursor";
export * from "./config/index";
export * from "./errors";
export * from "./event-hub";
export * from "./ids";
export * from "./mask";
export * from "./worker";
