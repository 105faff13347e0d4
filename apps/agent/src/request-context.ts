import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** What every log line and audit row written while serving a request can know about it. */
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** Honours a sane incoming x-request-id (a proxy's or the kiosk UI's); otherwise makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && acceptable.test(given) ? given : randomUUID();
}

export const currentRequestId = (): string | null => requestContext.getStore()?.requestId ?? null;
