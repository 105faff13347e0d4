import { BlockList, isIP } from "node:net";

/** The webhook's sender check: YooKassa does not sign notifications, so the address is all we have. */
export function createIpAllowlist(entries: readonly string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (ip) => {
    // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
    const plain = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    const type = isIP(plain);
    if (type === 0) return false;
    return list.check(plain, type === 6 ? "ipv6" : "ipv4");
  };
}
