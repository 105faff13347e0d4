export * from "./fakes";
export * from "./pdftotext";
