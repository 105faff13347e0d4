import { reportUploadAnswer } from "@kiosk/fleet-contract";
import { afterAll, beforeAll, expect } from "vitest";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { kioskToken, memoryLogger, metricsOf, testEnv } from "./calls";
import { queryRows, testPostgres } from "./postgres";
import { announceReport, local, uploadOf } from "./report-links";

export const publicUrl = "https://bo.example.ru";
export const kiosk2Token = "kiosk-2-fleet-token-9876543210";

export interface Put {
  status: number;
  code: string | null;
  body: Record<string, unknown>;
}

/**
 * A test file's PostgreSQL with two backoffices on it, for kiosk-1 and
 * kiosk-2: one publishing links on `publicUrl` (purging every 200 ms), one
 * without BACKOFFICE_PUBLIC_URL (links off, its log kept). Started before the
 * file's tests, stopped after them; the calls below read them.
 */
export function linkBackoffices() {
  let db: Awaited<ReturnType<typeof testPostgres>>;
  let backoffice: Backoffice;
  let linksOff: Backoffice;
  const offLog = memoryLogger();

  beforeAll(async () => {
    db = await testPostgres();
    const env = {
      ...testEnv,
      PORT: "0",
      DATABASE_URL: db.url,
      BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${kioskToken},kiosk-2:${kiosk2Token}`,
    };
    backoffice = await startBackoffice(
      parseBackofficeConfig({ ...env, BACKOFFICE_PUBLIC_URL: `${publicUrl}/`, REPORT_PURGE_INTERVAL_MS: "200" }),
    );
    linksOff = await startBackoffice(parseBackofficeConfig(env), { logger: offLog.logger });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([backoffice.stop(), linksOff.stop()]);
    db.remove();
  });

  const query = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
    queryRows<T>(db.url, text, values);

  /** `PUT /api/fleet/reports/:reportId` as kiosk-1 unless told otherwise; its report event first unless `announce` is false. */
  async function put(
    reportId: string,
    body: unknown,
    options: { token?: string | null; contentType?: string; url?: string; announce?: boolean } = {},
  ): Promise<Put> {
    const token = options.token === undefined ? kioskToken : options.token;
    const kioskId = token === kioskToken ? "kiosk-1" : token === kiosk2Token ? "kiosk-2" : null;
    if (token && kioskId && options.announce !== false) {
      await announceReport(options.url ?? backoffice.url, token, kioskId, body);
    }
    const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${options.url ?? backoffice.url}/api/fleet/reports/${reportId}`, {
      method: "PUT",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const parsed = (await response.json()) as Record<string, unknown> & { error?: { code?: string } };
    return { status: response.status, code: parsed.error?.code ?? null, body: parsed };
  }

  return {
    db: () => db,
    url: () => backoffice.url,
    linksOffUrl: () => linksOff.url,
    offLog,
    query,
    put,
    /** Uploads as a kiosk does; the answer, with `url`: its link pointed at this server. */
    async publish(reportId: string, pdf: Buffer, token = kioskToken) {
      const answer = await put(reportId, uploadOf(reportId, pdf), { token });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      const parsed = reportUploadAnswer.parse(answer.body);
      return { ...parsed, url: local(parsed.link, backoffice.url, publicUrl) };
    },
    /** The report id's rows, one per kiosk that uploaded it. */
    rows: (reportId: string) =>
      query<{ kiosk_id: string; sha256: string; opened_count: number }>(
        "select kiosk_id, sha256, opened_count from report_links where report_id = $1 order by kiosk_id",
        [reportId],
      ),
    /** A counter's value in a scrape of the publishing backoffice, 0 when absent. */
    async counter(name: string, labels: string): Promise<number> {
      const text = (await metricsOf(backoffice.url)).text;
      const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}}`));
      return line ? Number(line.split(" ").pop()) : 0;
    },
  };
}

export const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);
