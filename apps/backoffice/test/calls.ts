import { Writable } from "node:stream";
import { pino, type Logger } from "pino";
import { announceReport, tinyPdf, uploadOf } from "./report-links";

export const kioskToken = "kiosk-1-fleet-token-0123456789";
export const operatorToken = "backoffice-operator-token-0123";

/** The environment a test backoffice runs with (tokens, quiet logs), to merge with its own. */
export const testEnv = {
  BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${kioskToken}`,
  BACKOFFICE_OPERATOR_TOKEN: operatorToken,
  LOG_LEVEL: "warn",
};

export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

/** A pino logger writing into memory, for tests that assert what was logged. */
export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n")) if (text) lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

export const pinoLevel = { warn: 40, error: 50 } as const;

export interface Answer {
  status: number;
  /** The error code: `error.code` on /api/ingest, `error.json.data.code` on /trpc. */
  code: string | null;
  text: string;
  headers: Headers;
}

async function answer(response: Promise<Response>): Promise<Answer> {
  const res = await response;
  const text = await res.text();
  let code: string | null = null;
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; json?: { data?: { code?: string } } } };
    const given = body.error?.json?.data?.code ?? body.error?.code;
    code = typeof given === "string" ? given : null;
  } catch {
    // not JSON: /metrics, say
  }
  return { status: res.status, code, text, headers: res.headers };
}

const emptyBatch = { kioskId: "kiosk-1", events: [] };

/** The ingest endpoint kiosks push to. */
export const ingestRest = (url: string, headers: Record<string, string> = {}, body: unknown = emptyBatch) =>
  answer(
    fetch(`${url}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}`, ...headers },
      body: JSON.stringify(body),
    }),
  );

/** The same mutation through tRPC (superjson on the wire). */
export const ingestTrpc = (url: string, headers: Record<string, string> = {}, body: unknown = emptyBatch) =>
  answer(
    fetch(`${url}/trpc/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}`, ...headers },
      body: JSON.stringify({ json: body }),
    }),
  );

/** An operator procedure. */
export const fleetKiosks = (url: string, headers: Record<string, string> = {}) =>
  answer(fetch(`${url}/trpc/fleet.kiosks`, { headers: { authorization: `Bearer ${operatorToken}`, ...headers } }));

/** The fleet's audit search: an operator's read of `fleet_events` itself. */
export const fleetAuditSearch = (url: string, headers: Record<string, string> = {}) =>
  answer(
    fetch(`${url}/trpc/fleet.audit?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
      headers: { authorization: `Bearer ${operatorToken}`, ...headers },
    }),
  );

export const readyz = (url: string) => answer(fetch(`${url}/readyz`));

export const metricsOf = (url: string) => answer(fetch(`${url}/metrics`));

const restartPdf = tinyPdf("rpt_restart");
const announced = new Set<string>();

/** kiosk-1's upload of one report (the same each time, so a repeat is a retry). */
export const reportUploadRest = (url: string) =>
  answer(
    (async () => {
      const body = uploadOf("rpt_restart", restartPdf);
      // The report's event once, while the database is up (the first call is): after that, only the upload is asked.
      if (!announced.has(url)) {
        await announceReport(url, kioskToken, "kiosk-1", body);
        announced.add(url);
      }
      return fetch(`${url}/api/fleet/reports/rpt_restart`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
        body: JSON.stringify(body),
      });
    })(),
  );

/** A customer opening a link that does not exist: 404 while the database answers. */
export const unknownLink = (url: string) => answer(fetch(`${url}/r/AAAAAAAAAAAAAAAAAAAAAA`));
