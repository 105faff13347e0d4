import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportLinkToken } from "@kiosk/fleet-contract";
import { describe, expect, it } from "vitest";
import { linkBackoffices, publicUrl, tokenOf } from "./link-backoffice";
import { get, sha256, tinyPdf } from "./report-links";

/**
 * A customer opening a report link on a real PostgreSQL, over HTTP: the page
 * and the PDF, the same 404 for every wrong token, 410 once expired, the
 * purge, the rate limit, and the openings counted without the address. Each
 * test opens links from a loopback address of its own (127.0.0.0/8 is all
 * loopback), so each has its own rate limit window.
 */
const links = linkBackoffices();

describe("opening a link", () => {
  it("stores kiosk-1's PDF, answers a short link, and serves its page and its exact bytes", async () => {
    const pdf = tinyPdf("Thickness report rpt_first");
    const before = await links.counter("backoffice_report_uploads_total", 'outcome="stored"');
    const answer = await links.publish("rpt_first", pdf);

    expect(answer.reportId).toBe("rpt_first");
    expect(answer.link).toMatch(/^https:\/\/bo\.example\.ru\/r\/[A-Za-z0-9_-]{22}$/);
    expect(tokenOf(answer.link)).toMatch(reportLinkToken);
    expect(answer.link.length).toBe(`${publicUrl}/r/`.length + 22);
    const [stored] = await links.query<{ ttl: number; expires: Date }>(
      "select extract(epoch from expires_at - uploaded_at)::int as ttl, expires_at as expires from report_links where report_id = 'rpt_first'",
    );
    expect(stored?.ttl).toBe(30 * 86_400);
    expect(answer.expiresAt).toBe(stored?.expires.getTime());
    expect(await links.counter("backoffice_report_uploads_total", 'outcome="stored"')).toBe(before + 1);

    const page = await get(answer.url, "127.0.0.2");
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    });
    expect(page.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-[^']+';/);
    for (const text of [
      "Толщинометрия ЛКП",
      "Lada Vesta, седан",
      "Автосервис «Киоск» на Лесной",
      "1 декабря 2026, 15:40",
      "Итог: есть замечания",
      "правое переднее крыло и капот",
      "Скачать PDF",
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).not.toMatch(/@|\+7|\d{3}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}|<script|https?:\/\//);
    // The sentence's last mark taken into the link by a messenger opens the same page.
    for (const mark of [".", ")", "/", "%C2%BB"]) {
      expect((await get(`${answer.url}${mark}`, "127.0.0.2")).text).toBe(page.text);
    }
    const href = /class="download" href="([^"]+)"/.exec(page.text)?.[1];
    expect(href).toBe(`${tokenOf(answer.link)}/pdf`);

    const download = await get(new URL(href ?? "", answer.url).toString(), "127.0.0.2");
    expect(download.status).toBe(200);
    expect(download.headers).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="otchet-2026-12-01.pdf"',
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    });
    expect(sha256(download.body)).toBe(sha256(pdf));
    const dir = mkdtempSync(join(tmpdir(), "report-link-"));
    try {
      writeFileSync(join(dir, "got.pdf"), download.body);
      expect(execFileSync("pdftotext", [join(dir, "got.pdf"), "-"], { encoding: "utf8" })).toContain(
        "Thickness report rpt_first",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers unknown, truncated, altered, random and malformed tokens the same 404 page", async () => {
    const real = await links.publish("rpt_guessed", tinyPdf("rpt_guessed"));
    const token = tokenOf(real.link);
    const altered = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    const guesses = [
      token.slice(0, 21),
      token.slice(0, 11),
      altered,
      `${token}A`,
      "AAAAAAAAAAAAAAAAAAAAAA",
      "rpt_guessed",
      "..%2F..%2Fetc%2Fpasswd",
      "x".repeat(4_000),
      "%00",
      "",
    ];
    const answers = [];
    for (const guess of guesses) {
      answers.push(await get(`${links.url()}/r/${guess}`, "127.0.0.5"));
      answers.push(await get(`${links.url()}/r/${guess}/pdf`, "127.0.0.5"));
    }
    const [first] = answers;
    expect(first?.text).toContain("Ссылка не найдена");
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.text).toBe(first?.text);
    }
    expect(first?.text).not.toMatch(/Толщинометрия|Lada|Лесной|rpt_|Скачать/);
  });

  it("answers an expired link 410, deletes its PDF and page, and forgets it 90 days later", async () => {
    const link = await links.publish("rpt_expired", tinyPdf("rpt_expired"));
    expect((await get(link.url, "127.0.0.6")).status).toBe(200);
    await links.query(
      "update report_links set expires_at = now() - interval '1 minute' where report_id = 'rpt_expired'",
    );
    for (const path of [link.url, `${link.url}/pdf`]) {
      const answer = await get(path, "127.0.0.6");
      expect(answer.status).toBe(410);
      expect(answer.text).toContain("Срок действия ссылки истёк");
      expect(answer.text).not.toMatch(/Толщинометрия|Lada/);
    }
    // The purge (every 200 ms here) deletes the customer's data and keeps the tombstone.
    await expect
      .poll(() =>
        links.query(
          "select pdf is null as gone, page is null as blank from report_links where report_id = 'rpt_expired'",
        ),
      )
      .toEqual([{ gone: true, blank: true }]);
    expect((await get(link.url, "127.0.0.6")).status).toBe(410);
    await links.query(
      "update report_links set expires_at = now() - interval '91 days' where report_id = 'rpt_expired'",
    );
    await expect.poll(() => links.rows("rpt_expired")).toEqual([]);
    expect((await get(link.url, "127.0.0.6")).status).toBe(404);
    // Uploaded again, the report gets a new link; the old one stays dead.
    const again = await links.publish("rpt_expired", tinyPdf("rpt_expired"));
    expect(again.link).not.toBe(link.link);
    expect((await get(link.url, "127.0.0.6")).status).toBe(404);
  });

  it("forgets console sessions past their end in the same retention pass, and keeps live ones", async () => {
    await links.query(
      `insert into operators (id, email, password_hash, role) values ('opr_retention', 'retention@example.com', 'x', 'viewer')`,
    );
    await links.query(
      `insert into operator_sessions (id_hash, operator_id, csrf_hash, expires_at) values
        (decode('01', 'hex'), 'opr_retention', decode('01', 'hex'), now() - interval '1 minute'),
        (decode('02', 'hex'), 'opr_retention', decode('02', 'hex'), now() + interval '1 hour')`,
    );
    await expect
      .poll(() =>
        links.query<{ id: string }>(
          "select encode(id_hash, 'hex') as id from operator_sessions where operator_id = 'opr_retention'",
        ),
      )
      .toEqual([{ id: "02" }]);
  });

  it("refuses a burst of guesses from one address with 429, and not another address's opening", async () => {
    const real = await links.publish("rpt_burst", tinyPdf("rpt_burst"));
    const limited = await links.counter("backoffice_report_link_openings_total", 'kind="page",outcome="rate_limited"');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await get(`${links.url()}/r/guess${i}`, "127.0.0.9")).status);
    expect(statuses).toEqual([...Array<number>(30).fill(404), ...Array<number>(10).fill(429)]);
    const refused = await get(real.url, "127.0.0.9");
    expect(refused.status).toBe(429);
    expect(refused.text).toContain("Слишком много запросов");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await get(real.url, "127.0.0.10")).status).toBe(200);
    expect(await links.counter("backoffice_report_link_openings_total", 'kind="page",outcome="rate_limited"')).toBe(
      limited + 11,
    );
    const windows = await links.query<{ key: string }>(
      "select encode(client_key, 'hex') as key from link_rate_windows",
    );
    expect(JSON.stringify(windows)).not.toContain("127.0.0");
  });

  it("counts each opening and audits it with the client's /24, never its address", async () => {
    const link = await links.publish("rpt_counted", tinyPdf("rpt_counted"));
    const opened = await links.counter("backoffice_report_link_openings_total", 'kind="pdf",outcome="ok"');
    expect((await get(link.url, "127.0.0.7")).status).toBe(200);
    expect((await get(`${link.url}/pdf`, "127.0.0.7")).status).toBe(200);
    expect((await get(`${link.url}/pdf`, "127.0.0.7", "HEAD")).status).toBe(200);
    expect(await links.rows("rpt_counted")).toEqual([
      { kiosk_id: "kiosk-1", sha256: sha256(tinyPdf("rpt_counted")), opened_count: 2 },
    ]);
    const audit = await links.query(
      "select kind, outcome, address_prefix from link_openings where report_id = 'rpt_counted' order by id",
    );
    expect(audit).toEqual([
      { kind: "page", outcome: "ok", address_prefix: "127.0.0.0/24" },
      { kind: "pdf", outcome: "ok", address_prefix: "127.0.0.0/24" },
    ]);
    expect(JSON.stringify(await links.query("select * from link_openings"))).not.toContain("127.0.0.7");
    expect(await links.counter("backoffice_report_link_openings_total", 'kind="pdf",outcome="ok"')).toBe(opened + 2);
  });
});
