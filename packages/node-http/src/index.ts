/** The node:http pieces the agent and the backoffice share: tokens, request ids, bodies, client addresses, built UIs. */
export * from "./body";
export * from "./client-address";
export * from "./request-id";
export * from "./tokens";
export * from "./static-files";
