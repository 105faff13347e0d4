import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** Which peers may speak for a client through X-Forwarded-For. */
export interface ProxyPolicy {
  trustProxy: boolean;
  isTrustedProxy: (ip: string) => boolean;
}

/**
 * The client's address. The socket peer is the truth; X-Forwarded-For is read
 * only when that peer is a trusted proxy, walking from the right past trusted
 * proxies to the first address that is not one (what a client writes further
 * left is never reached). An entry that is not an address stops the walk and
 * becomes the client, which then matches no allowlist.
 */
export function clientAddress(req: IncomingMessage, policy: ProxyPolicy): string {
  let client = req.socket.remoteAddress ?? "";
  if (!policy.trustProxy) return client;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 0 && policy.isTrustedProxy(client)) {
    const hop = hops.pop() as string;
    if (isIP(hop) === 0) return hop.slice(0, 64);
    client = hop;
  }
  return client;
}
