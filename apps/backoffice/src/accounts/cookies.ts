import type { ServerResponse } from "node:http";

/**
 * The console's two cookies: the session's token and the CSRF token paired
 * with it. Both `HttpOnly` (no script reads either: the page gets the CSRF
 * token from `auth.login`/`auth.me`), `Secure` (browsers count
 * http://127.0.0.1 and localhost as secure), `SameSite=Strict` (no other
 * site's page sends them), for the whole origin. No `__Host-` prefix: the
 * attributes are what matter, and a prefix risks a browser dropping the
 * cookie on a loopback address.
 */
export const cookieNames = { session: "kiosk_console_session", csrf: "kiosk_console_csrf" } as const;

const attributes = "HttpOnly; Secure; SameSite=Strict; Path=/";

/** The cookies a request carries, by name (the first of a repeated name wins, as browsers send the most specific first). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!name || cookies.has(name)) continue;
    cookies.set(name, pair.slice(at + 1).trim());
  }
  return cookies;
}

/** Sets and clears the console's cookies on the answer to this request. */
export interface CookieJar {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

/** A jar on `res`: each cookie is one more `Set-Cookie` line, written with the answer's head. */
export function responseCookies(res: ServerResponse | null): CookieJar {
  const add = (line: string) => {
    if (!res || res.headersSent) return;
    const before = res.getHeader("set-cookie");
    const lines = Array.isArray(before) ? before : typeof before === "string" ? [before] : [];
    res.setHeader("set-cookie", [...lines, line]);
  };
  return {
    set: (name, value, maxAgeSeconds) => add(`${name}=${value}; Max-Age=${Math.floor(maxAgeSeconds)}; ${attributes}`),
    clear: (name) => add(`${name}=; Max-Age=0; ${attributes}`),
  };
}
