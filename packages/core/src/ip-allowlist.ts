import { BlockList, isIP } from "node:net";

/** An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d; compare it as the IPv4 address it is. */
export function plainAddress(ip: string): string {
  return ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

/**
 * A matcher for a list of addresses and CIDR blocks: the webhook's sender check
 * (YooKassa does not sign notifications, so the address is all we have) and the
 * trusted reverse proxies.
 */
export function createIpAllowlist(entries: readonly string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (ip) => {
    const plain = plainAddress(ip.trim());
    const type = isIP(plain);
    if (type === 0) return false;
    return list.check(plain, type === 6 ? "ipv6" : "ipv4");
  };
}

const loopback = createIpAllowlist(["127.0.0.0/8", "::1/128"]);

/** 127.0.0.0/8 and ::1 (and their IPv4-mapped forms). */
export const isLoopbackAddress = (ip: string): boolean => loopback(ip);
