export * from "./app";
export * from "./adapters";
export * from "./config";
export { createCoreServices, initializeCoreServices } from "./core-services";
export type { CoreServices, CoreServicesDeps, CoreServicesOptions } from "./core-services";
export type { DiagnosticsReportData, ReportContact, ThicknessReportData } from "./programmatic";
