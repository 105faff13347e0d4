import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line and audit row written while serving a request can know about it. */
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export { requestIdFrom } from "@kiosk/node-http";

export const currentRequestId = (): string | null => requestContext.getStore()?.requestId ?? null;
