import { fileURLToPath } from "node:url";

/** Where the test build of the kiosk goes (git-ignored), and where each run's screenshots go. */
export const builtKiosk = fileURLToPath(new URL("../test-results/dist", import.meta.url));
export const screenshots = fileURLToPath(new URL("../test-results/screens", import.meta.url));
