import { enableCompileCache } from "node:module";
enableCompileCache?.();
await import("./agent-main.mjs");
