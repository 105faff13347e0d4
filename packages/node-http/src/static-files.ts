import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  etag: string;
}

/**
 * A built UI (the kiosk's, the console's), served from `dir`: `/` is index.html,
 * never cached (it names the current hashed assets); files under /assets/ carry a
 * content hash in their names and are cached for a year. Anything outside `dir` is
 * never served. `headers` go on every answer (the console's CSP). Returns false
 * for paths it does not hold, so the caller answers 404.
 */
export function createStaticFiles(dir: string, options: { headers?: Record<string, string> } = {}) {
  const root = resolve(dir);
  const cache = new Map<string, CachedFile>();

  async function load(path: string): Promise<CachedFile | null> {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(path);
    if (cached?.mtimeMs === info.mtimeMs) return cached;
    const body = await readFile(path);
    const file = { mtimeMs: info.mtimeMs, body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
    cache.set(path, file);
    return file;
  }

  return async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const relative = pathname === "/" ? "index.html" : pathname.slice(1);
    const path = resolve(join(root, relative));
    if (path !== root && !path.startsWith(root + sep)) return false;
    const file = await load(path);
    if (!file) return false;
    const immutable = relative.startsWith("assets/");
    const headers = {
      "content-type": contentTypes[extname(path)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      etag: file.etag,
      "x-content-type-options": "nosniff",
      ...options.headers,
    };
    if (req.headers["if-none-match"] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers, "content-length": file.body.length });
    res.end(req.method === "HEAD" ? undefined : file.body);
    return true;
  };
}
