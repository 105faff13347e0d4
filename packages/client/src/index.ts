import type { AppRouter, RouterInputs, RouterOutputs } from "@kiosk/api";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from "@trpc/client";
import { EventSource } from "eventsource";
import superjson from "superjson";

export type { AppRouter, RouterInputs, RouterOutputs };
export { TRPCClientError };

export interface KioskClientOptions {
  /** Base URL of the agent, e.g. `http://127.0.0.1:7070`. */
  url: string;
  /** KIOSK_API_TOKEN or OPERATOR_API_TOKEN; not needed from loopback for kiosk calls. */
  token?: string;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

/**
 * The typed client the kiosk UI imports. Queries and mutations are batched over
 * HTTP; subscriptions stream over SSE. It knows the router only as a type.
 */
export function createKioskClient(options: KioskClientOptions) {
  const url = `${options.url.replace(/\/+$/, "")}/trpc`;
  const authorization = options.token ? { authorization: `Bearer ${options.token}` } : undefined;
  const baseFetch = options.fetch ?? globalThis.fetch;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          // Node has no global EventSource; this one also lets us send the token header.
          EventSource,
          eventSourceOptions: () => ({
            fetch: (input, init) => baseFetch(input, { ...init, headers: { ...init.headers, ...authorization } }),
          }),
        }),
        false: httpBatchLink({
          url,
          transformer: superjson,
          fetch: baseFetch,
          headers: () => authorization ?? {},
        }),
      }),
    ],
  });
}

export type KioskClient = ReturnType<typeof createKioskClient>;

/** The stable part of an error the agent answered with, or null for anything else (network, bugs). */
export interface KioskApiError {
  code: string;
  httpStatus: number;
  message: string;
  issues: Array<{ path: string; message: string }>;
  /** What the agent said about the conflict or refusal (e.g. `reportId` of the report a payment already bought). */
  details: Record<string, unknown>;
}

export function kioskApiError(error: unknown): KioskApiError | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<AppRouter>).data as
    | {
        code?: string;
        httpStatus?: number;
        issues?: KioskApiError["issues"] | null;
        details?: KioskApiError["details"] | null;
      }
    | undefined;
  if (!data?.code) return null;
  return {
    code: data.code,
    httpStatus: data.httpStatus ?? 0,
    message: error.message,
    issues: data.issues ?? [],
    details: data.details ?? {},
  };
}
