import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import type { BackofficeRouter } from "./router";

export interface BackofficeClientOptions {
  /** The backoffice's address; "" in the console's page, which is served from it. */
  url: string;
  /** A kiosk's credential, or the legacy `BACKOFFICE_OPERATOR_TOKEN`. */
  token?: string;
  /** The session's cookies as a `cookie` header, for callers outside a browser (a browser sends its own). */
  cookie?: string;
  /** The CSRF token paired with the session (`auth.login`'s or `auth.me`'s), sent as `x-csrf-token`; read at each call. */
  csrfToken?: string | (() => string | null | undefined);
}

/**
 * The backoffice's typed client: kiosks push with their token, scripts read
 * with the operator token, the console (and tests) call with a session's
 * cookie and its CSRF token.
 */
export function createBackofficeClient(options: BackofficeClientOptions) {
  return createTRPCClient<BackofficeRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/+$/, "")}/trpc`,
        transformer: superjson,
        headers: () => {
          const headers: Record<string, string> = {};
          if (options.token) headers.authorization = `Bearer ${options.token}`;
          if (options.cookie) headers.cookie = options.cookie;
          const csrf = typeof options.csrfToken === "function" ? options.csrfToken() : options.csrfToken;
          if (csrf) headers["x-csrf-token"] = csrf;
          return headers;
        },
      }),
    ],
  });
}

export type BackofficeClient = ReturnType<typeof createBackofficeClient>;
