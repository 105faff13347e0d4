export * from "./events";
export * from "./fields";
