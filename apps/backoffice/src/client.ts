import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import type { BackofficeRouter } from "./router";

/** The backoffice's typed client: kiosks push with their token, operators read with theirs. */
export function createBackofficeClient(options: { url: string; token?: string }) {
  return createTRPCClient<BackofficeRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/+$/, "")}/trpc`,
        transformer: superjson,
        headers: () => (options.token ? { authorization: `Bearer ${options.token}` } : {}),
      }),
    ],
  });
}
