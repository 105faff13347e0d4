export * from "./labels";
export * from "./registry";
export * from "./sources";
