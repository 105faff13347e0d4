export * from "./adapters";
export * from "./parse";
export * from "./schema";
export * from "./reference";
export { cidrSchema, obdSimulatorProfiles, positiveMs } from "./sections";
