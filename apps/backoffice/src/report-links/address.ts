import { isIP } from "node:net";
import { plainAddress } from "@kiosk/core";

/** An IPv6 address's 16 bytes: `::` expanded, a zone dropped, a dotted IPv4 tail read as its 4 bytes. */
function ipv6Bytes(ip: string): number[] {
  let text = ip.split("%")[0] ?? "";
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const fill = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].flatMap((group) => {
    const n = parseInt(group, 16);
    return [n >> 8, n & 0xff];
  });
}

/**
 * The network a client is in, as text: the first `v4Bits` of an IPv4 address
 * ("203.0.113.0/24"), the first `v6Bits` (a multiple of 16) of an IPv6 one
 * ("2001:db8:1::/48"). An IPv4 client on a dual-stack socket counts as IPv4.
 * What is not an address at all is "unknown".
 */
export function networkOf(ip: string, bits: { v4: number; v6: number }): string {
  const plain = plainAddress(ip);
  const family = isIP(plain);
  if (family === 4) {
    const value = plain.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
    const masked = bits.v4 === 0 ? 0 : Math.floor(value / 2 ** (32 - bits.v4)) * 2 ** (32 - bits.v4);
    const octets = [24, 16, 8, 0].map((shift) => Math.floor(masked / 2 ** shift) % 256);
    return `${octets.join(".")}/${bits.v4}`;
  }
  if (family === 6) {
    const bytes = ipv6Bytes(plain);
    const groups = Array.from({ length: bits.v6 / 16 }, (_, i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0));
    if (groups.length === 8) return `${groups.map((g) => g.toString(16)).join(":")}/128`;
    // The zeros the prefix ends with go into its "::", as a person writes it.
    while (groups.at(-1) === 0) groups.pop();
    return `${groups.map((g) => g.toString(16)).join(":")}::/${bits.v6}`;
  }
  return "unknown";
}

/** What an opening's audit row keeps of the client: its /24 or /48, never the address. */
export const auditedNetwork = (ip: string) => networkOf(ip, { v4: 24, v6: 48 });

/** Who the rate limit counts as one client: an IPv4 address, an IPv6 /64 (one subscriber's, as a rule). */
export const rateLimitedClient = (ip: string) => networkOf(ip, { v4: 32, v6: 64 });
