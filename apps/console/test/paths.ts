import { fileURLToPath } from "node:url";

/** Where the test build of the console goes (git-ignored): the backoffice under test serves it. */
export const builtConsole = fileURLToPath(new URL("../test-results/dist", import.meta.url));
/** The screenshots the docs show (docs/console-<page>.png). */
export const docsDir = fileURLToPath(new URL("../../../docs", import.meta.url));
