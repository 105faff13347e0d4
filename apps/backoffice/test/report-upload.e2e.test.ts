import { request } from "node:http";
import { reportUploadAnswer, reportUploadLimits, uploadReport } from "@kiosk/fleet-contract";
import { describe, expect, it } from "vitest";
import { parseBackofficeConfig, startBackoffice } from "../src";
import { kioskToken, operatorToken, pinoLevel, testEnv } from "./calls";
import { kiosk2Token, linkBackoffices, publicUrl, tokenOf } from "./link-backoffice";
import { announceReport, get, local, sha256, thicknessPage, tinyPdf, uploadOf } from "./report-links";

/**
 * A kiosk's upload of a report's PDF (`PUT /api/fleet/reports/:reportId`) on a
 * real PostgreSQL, over HTTP: stored once per kiosk and report id, answered
 * with its link, refused with the contract's codes when it is not that
 * report's PDF or not that kiosk's to send. Links are opened from a loopback
 * address per test, each with its own rate limit window.
 */
const links = linkBackoffices();

describe("publishing a report", () => {
  it("gives a retried upload the same link, stores it once, and refuses other bytes under the id with 409", async () => {
    const pdf = tinyPdf("rpt_retry");
    const first = await links.publish("rpt_retry", pdf);
    const duplicates = await links.counter("backoffice_report_uploads_total", 'outcome="duplicate"');
    const again = await links.publish("rpt_retry", pdf);
    expect(again).toEqual(first);
    expect(await links.counter("backoffice_report_uploads_total", 'outcome="duplicate"')).toBe(duplicates + 1);

    const other = await links.put("rpt_retry", uploadOf("rpt_retry", tinyPdf("rpt_retry, changed")));
    expect([other.status, other.code]).toEqual([409, "REPORT_CONFLICT"]);
    expect(await links.rows("rpt_retry")).toEqual([{ kiosk_id: "kiosk-1", sha256: sha256(pdf), opened_count: 0 }]);
    expect(sha256((await get(`${first.url}/pdf`, "127.0.0.3")).body)).toBe(sha256(pdf));
  });

  it("keeps only the token's hash and its sealed form, and after a kiosk's token rotation makes the link anew", async () => {
    const pdf = tinyPdf("rpt_rotated");
    const first = await links.publish("rpt_rotated", pdf);
    const token = tokenOf(first.link);
    const [row] = await links.query<{ hash: string; everything: string }>(
      "select encode(token_hash, 'hex') as hash, row_to_json(r)::text || encode(token_sealed, 'escape') as everything from report_links r where kiosk_id = 'kiosk-1' and report_id = 'rpt_rotated'",
    );
    expect(row?.hash).toBe(sha256(Buffer.from(token)));
    expect(row?.everything).not.toContain(token);

    // kiosk-1's token replaced in the config: its retry gets a new link, the same expiry, and the old link dies.
    const rotated = "kiosk-1-rotated-token-0123456789";
    const after = await startBackoffice(
      parseBackofficeConfig({
        ...testEnv,
        PORT: "0",
        DATABASE_URL: links.db().url,
        BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${rotated}`,
        BACKOFFICE_PUBLIC_URL: publicUrl,
      }),
    );
    try {
      const again = await links.put("rpt_rotated", uploadOf("rpt_rotated", pdf), { token: rotated, url: after.url });
      const parsed = reportUploadAnswer.parse(again.body);
      expect(parsed.link).not.toBe(first.link);
      expect(parsed.expiresAt).toBe(first.expiresAt);
      expect((await get(first.url, "127.0.0.3")).status).toBe(404);
      expect((await get(local(parsed.link, links.url(), publicUrl), "127.0.0.3")).status).toBe(200);
      const retried = await links.put("rpt_rotated", uploadOf("rpt_rotated", pdf), { token: rotated, url: after.url });
      expect(retried.body).toEqual(again.body);
    } finally {
      await after.stop();
    }
  });

  it("works through the contract's typed client, which says what to retry", async () => {
    const pdf = tinyPdf("rpt_client");
    const request = uploadOf("rpt_client", pdf);
    await announceReport(links.url(), kioskToken, "kiosk-1", request);
    const ok = await uploadReport({ url: links.url(), token: kioskToken, request, timeoutMs: 5_000 });
    expect(ok).toMatchObject({ ok: true, answer: { reportId: "rpt_client" } });
    const off = await uploadReport({ url: links.linksOffUrl(), token: kioskToken, request, timeoutMs: 5_000 });
    expect(off).toMatchObject({ ok: false, status: 503, code: "LINKS_OFF", retry: true });
    const wrong = { ...request, sha256: sha256(Buffer.from("x")) };
    const refused = await uploadReport({ url: links.url(), token: kioskToken, request: wrong, timeoutMs: 5_000 });
    expect(refused).toMatchObject({ ok: false, status: 400, code: "SHA256_MISMATCH", retry: false });
    const away = await uploadReport({ url: "http://127.0.0.1:1", token: kioskToken, request, timeoutMs: 5_000 });
    expect(away).toMatchObject({ ok: false, status: null, code: "UNREACHABLE", retry: true });
  });

  it("keeps another kiosk's upload of the same report id apart, and shows neither kiosk the other's", async () => {
    const first = await links.publish("rpt_shared", tinyPdf("kiosk-1 rpt_shared"));
    const second = await links.publish("rpt_shared", tinyPdf("kiosk-2 rpt_shared"), kiosk2Token);
    expect(second.link).not.toBe(first.link);
    expect((await links.rows("rpt_shared")).map((r) => r.kiosk_id)).toEqual(["kiosk-1", "kiosk-2"]);
    expect(sha256((await get(`${first.url}/pdf`, "127.0.0.4")).body)).toBe(sha256(tinyPdf("kiosk-1 rpt_shared")));
    expect(sha256((await get(`${second.url}/pdf`, "127.0.0.4")).body)).toBe(sha256(tinyPdf("kiosk-2 rpt_shared")));

    // kiosk-2 sending kiosk-1's very bytes under kiosk-1's id is refused: it never made that report.
    await links.publish("rpt_kiosk1", tinyPdf("rpt_kiosk1"));
    const copied = await links.put("rpt_kiosk1", uploadOf("rpt_kiosk1", tinyPdf("rpt_kiosk1")), {
      token: kiosk2Token,
      announce: false,
    });
    expect(copied).toMatchObject({ status: 409, code: "REPORT_UNKNOWN" });
    // Nor may a kiosk publish other bytes than the PDF it reported making.
    const other = await links.put("rpt_kiosk1", uploadOf("rpt_kiosk1", tinyPdf("not it")), {
      token: kiosk2Token,
      announce: false,
    });
    expect(other.status).toBe(409);
    expect((await links.rows("rpt_kiosk1")).map((r) => r.kiosk_id)).toEqual(["kiosk-1"]);

    // No API reads an upload back: not REST, not the operator's procedures with a kiosk's token.
    const reads = [
      fetch(`${links.url()}/api/fleet/reports/rpt_kiosk1`, { headers: { authorization: `Bearer ${kiosk2Token}` } }),
      fetch(`${links.url()}/api/fleet/reports`, { headers: { authorization: `Bearer ${kiosk2Token}` } }),
      fetch(`${links.url()}/trpc/fleet.audit`, { headers: { authorization: `Bearer ${kiosk2Token}` } }),
    ];
    const answers = await Promise.all(reads.map(async (r) => [(await r).status, await (await r).text()] as const));
    expect(answers.map(([status]) => status)).toEqual([404, 404, 403]);
    // The 404s name the path asked for, nothing stored.
    for (const [, text] of answers) expect(text).not.toMatch(/\/r\/|kiosk-1|%PDF|JVBER/);
  });

  it("answers a path that is no report id's 404", async () => {
    for (const id of ["a.b", "x".repeat(65), "%2e%2e", ""]) {
      expect((await links.put(id, uploadOf("rpt_x", tinyPdf("x")))).status).toBe(404);
    }
  });
});

describe("refusing an upload", () => {
  const pdf = tinyPdf("rpt_refused");

  it("answers 401 without a token and 403 for one that is no kiosk's, before reading the body", async () => {
    const none = await links.put("rpt_refused", uploadOf("rpt_refused", pdf), { token: null });
    expect([none.status, none.code]).toEqual([401, "UNAUTHORIZED"]);
    for (const token of ["wrong-token-0123456789", operatorToken]) {
      const wrong = await links.put("rpt_refused", uploadOf("rpt_refused", pdf), { token });
      expect([wrong.status, wrong.code]).toEqual([403, "FORBIDDEN"]);
    }
    // A declared 20 MiB from nobody is answered without a byte of it read.
    const unread = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${links.url()}/api/fleet/reports/rpt_refused`,
        { method: "PUT", headers: { "content-type": "application/json", "content-length": 20 * 1024 * 1024 } },
        (res) => {
          res.resume();
          req.destroy();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.write("{");
    });
    expect(unread).toBe(401);
    expect(await links.rows("rpt_refused")).toEqual([]);
  });

  it("answers what is not that report's PDF 4xx with a stable code, and stores nothing", async () => {
    const cases: Array<[string, unknown, { contentType?: string }, number, string]> = [
      [
        "text/plain",
        JSON.stringify(uploadOf("rpt_refused", pdf)),
        { contentType: "text/plain" },
        415,
        "UNSUPPORTED_MEDIA_TYPE",
      ],
      ["not JSON", "{not json", {}, 400, "BAD_REQUEST"],
      ["not a PDF", uploadOf("rpt_refused", Buffer.from("<html>not a pdf</html>")), {}, 400, "NOT_PDF"],
      [
        "a sha256 mismatch",
        uploadOf("rpt_refused", pdf, { sha256: sha256(Buffer.from("x")) }),
        {},
        400,
        "SHA256_MISMATCH",
      ],
      ["another id in the body", uploadOf("rpt_other", pdf), {}, 400, "REPORT_ID_MISMATCH"],
      ["no base64", uploadOf("rpt_refused", pdf, { pdfBase64: "%PDF-1.4 raw" }), {}, 400, "BAD_REQUEST"],
      [
        "13 summary lines",
        uploadOf("rpt_refused", pdf, { page: { ...thicknessPage, summary: Array<string>(13).fill("x") } }),
        {},
        400,
        "BAD_REQUEST",
      ],
      [
        "no time zone",
        uploadOf("rpt_refused", pdf, { page: { ...thicknessPage, timeZone: "Mars/Olympus" } }),
        {},
        400,
        "BAD_REQUEST",
      ],
      ["a field too many", { ...uploadOf("rpt_refused", pdf), email: "client@example.com" }, {}, 400, "BAD_REQUEST"],
    ];
    const invalid = await links.counter("backoffice_report_uploads_total", 'outcome="invalid"');
    for (const [what, body, options, status, code] of cases) {
      const answer = await links.put("rpt_refused", body, options);
      expect([what, answer.status, answer.code]).toEqual([what, status, code]);
    }
    expect(await links.counter("backoffice_report_uploads_total", 'outcome="invalid"')).toBe(invalid + cases.length);
    expect(await links.rows("rpt_refused")).toEqual([]);
  });

  it("answers 413 to a body over 12 MiB and to a PDF over 8 MiB", async () => {
    const huge = `{"pdfBase64":"${"A".repeat(reportUploadLimits.bodyBytes)}"}`;
    const body = await links.put("rpt_refused", huge);
    expect([body.status, body.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    const big = Buffer.concat([pdf, Buffer.alloc(reportUploadLimits.pdfBytes + 1 - pdf.length, 0x20)]);
    const large = await links.put("rpt_refused", uploadOf("rpt_refused", big));
    expect([large.status, large.code]).toEqual([413, "PDF_TOO_LARGE"]);
    // Exactly 8 MiB is taken.
    const most = Buffer.concat([pdf, Buffer.alloc(reportUploadLimits.pdfBytes - pdf.length, 0x20)]);
    expect((await links.put("rpt_eight_mib", uploadOf("rpt_eight_mib", most))).status).toBe(200);
    expect(await links.rows("rpt_refused")).toEqual([]);
  });

  it("answers 503 LINKS_OFF without BACKOFFICE_PUBLIC_URL, and says so at start", async () => {
    const answer = await links.put("rpt_off", uploadOf("rpt_off", pdf), { url: links.linksOffUrl() });
    expect([answer.status, answer.code]).toEqual([503, "LINKS_OFF"]);
    expect(await links.rows("rpt_off")).toEqual([]);
    const warned = links.offLog.lines.filter((l) => l.level === pinoLevel.warn).map((l) => l.msg);
    expect(warned).toEqual([
      "report links are off: set BACKOFFICE_PUBLIC_URL to publish kiosks' reports (uploads answer 503 LINKS_OFF)",
    ]);
  });
});
