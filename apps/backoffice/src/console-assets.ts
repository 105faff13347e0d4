import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@kiosk/core";
import { createStaticFiles } from "@kiosk/node-http";

/**
 * The console's own addresses (apps/console/src/routes.ts): each answers
 * index.html, and the page follows the address in the browser. Anything else
 * not an asset stays the backoffice's 404.
 */
const pages = /^\/(?:payments(?:\/[^/]+\/[^/]+)?|refunds|deliveries|audit|accounts|account|kiosks)?\/?$/;

/**
 * What the console's answers carry: scripts and styles from the backoffice
 * itself only (no inline script can run, whatever a kiosk's data holds), never
 * inside another site's frame, and no address leaked to other sites.
 */
export const consoleSecurityHeaders = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
};

/**
 * The operators' console as `vite build` left it in `dir` (apps/console/dist):
 * index.html at `/` and at each page's address, no-cache; its hashed
 * `/assets/*` for a year. `serve` returns false for a path that is none of
 * these; a console not built answers 503 and says how to build it.
 */
export function consoleAssets(dir: string) {
  const files = createStaticFiles(dir, { headers: consoleSecurityHeaders });
  return async function serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (pathname.startsWith("/assets/")) return files(req, res, pathname);
    if (!pages.test(pathname)) return false;
    if (await files(req, res, "/")) return true;
    throw new DomainError("PROVIDER_UNAVAILABLE", `the console is not built in ${dir}: run pnpm build:console`);
  };
}
