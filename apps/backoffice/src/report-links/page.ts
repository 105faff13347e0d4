import { createHash } from "node:crypto";
import { localDay } from "@kiosk/core";
import type { ReportLinkPage } from "@kiosk/fleet-contract";
import type { OpenedReport } from "./open";

/**
 * The customer's pages behind a report link: Russian, for a phone, one inline
 * stylesheet and nothing else (no script, no image, no font, no request to
 * anyone), so the CSP allows exactly that stylesheet by its hash.
 */
const css = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#eef1f5;color:#18202c;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
main{max-width:34rem;margin:0 auto;padding:20px 16px 36px}
.kiosk{margin:0 0 2px;color:#4f5a6b;font-size:15px}
h1{margin:0 0 18px;font-size:27px;line-height:1.2}
.card{margin:0 0 14px;padding:4px 16px;background:#fff;border-radius:14px}
.facts div{padding:10px 0}
.facts div+div{border-top:1px solid #e3e7ee}
dt{color:#4f5a6b;font-size:15px}
dd{margin:2px 0 0;font-weight:600}
.verdict{padding:14px 16px}
h2{margin:0 0 6px;font-size:19px}
.normal{background:#e7f5ec}.normal h2{color:#0d6634}
.warning{background:#fff1dc}.warning h2{color:#874400}
.critical{background:#fde9e9}.critical h2{color:#a1151a}
ul{margin:0;padding-left:20px}
li+li{margin-top:4px}
li,p,dd{text-wrap:pretty}
.download{display:block;margin:0 0 14px;padding:17px 16px;border-radius:14px;background:#1553cf;color:#fff;text-align:center;text-decoration:none;font-size:21px;font-weight:700}
.download:focus-visible{outline:3px solid #18202c;outline-offset:3px}
.download span{display:block;margin-top:2px;font-size:15px;font-weight:400}
.note{margin:18px 0 0;color:#4f5a6b;font-size:15px}`;

const styleHash = createHash("sha256").update(css).digest("base64");

/** Every answer under /r/: nothing cached, nothing framed or sniffed, no Referer carrying the token away. */
export const linkHeaders = {
  "cache-control": "private, no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "x-robots-tag": "noindex, nofollow",
  "cross-origin-resource-policy": "same-origin",
} as const;

/** The pages' own headers: the CSP allows the one stylesheet and nothing else. */
export const pageHeaders = {
  ...linkHeaders,
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  "cross-origin-opener-policy": "same-origin",
} as const;

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

function document(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escape(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** "1 декабря 2026, 15:40" in the kiosk's zone. */
export function pageDateTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("ru-RU", {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")}`;
}

/** "1 декабря 2026" in the kiosk's zone. */
const pageDate = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("ru-RU", { timeZone, day: "numeric", month: "long", year: "numeric" })
    .format(at)
    .replace(/\s*г\.$/, "");

/** The PDF's file name: ASCII, the report's local day. */
export const pdfFileName = (report: OpenedReport) =>
  `otchet-${localDay(report.reportCreatedAt.getTime(), report.page.timeZone)}.pdf`;

const verdictTitles: Record<NonNullable<ReportLinkPage["verdict"]>, string> = {
  normal: "Итог: в норме",
  warning: "Итог: есть замечания",
  critical: "Итог: требует внимания",
};

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} КБ`
    : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} МБ`;

/**
 * The report's page: who made it, what, when, for which car, then the download
 * (before the verdict, so a long summary never pushes it off the first screen),
 * then the verdict.
 */
export function reportPage(report: OpenedReport, token: string): string {
  const { page } = report;
  const facts = [
    ["Дата", pageDateTime(report.reportCreatedAt, page.timeZone)],
    ...(page.vehicle ? [["Автомобиль", page.vehicle]] : []),
  ]
    .map(([term = "", value = ""]) => `<div><dt>${escape(term)}</dt><dd>${escape(value)}</dd></div>`)
    .join("");
  const lines = page.summary.map((line) => `<li>${escape(line)}</li>`).join("");
  const verdict =
    page.verdict || lines
      ? `<section class="card verdict ${page.verdict ?? ""}">${page.verdict ? `<h2>${verdictTitles[page.verdict]}</h2>` : ""}${lines ? `<ul>${lines}</ul>` : ""}</section>`
      : "";
  // Relative, so the link works under whatever path prefix BACKOFFICE_PUBLIC_URL has.
  const pdfHref = `${encodeURIComponent(token)}/pdf`;
  return document(
    `Отчёт: ${page.service}`,
    `<p class="kiosk">${escape(page.kioskName)}</p>
<h1>${escape(page.service)}</h1>
<dl class="card facts">${facts}</dl>
<a class="download" href="${pdfHref}" download="${escape(pdfFileName(report))}">Скачать PDF<span>${sizeText(report.pdfBytes)}</span></a>
${verdict}
<p class="note">Ссылка действует до ${escape(pageDate(report.expiresAt, page.timeZone))}. Сохраните отчёт, чтобы он остался у вас.</p>`,
  );
}

const notice = (title: string, text: string) => document(title, `<h1>${escape(title)}</h1>\n<p>${escape(text)}</p>`);

export const notFoundPage = () =>
  notice("Ссылка не найдена", "Такой ссылки нет. Проверьте, что она открыта целиком, так, как пришла в сообщении.");

export const expiredPage = () =>
  notice(
    "Срок действия ссылки истёк",
    "Отчёт по этой ссылке больше не хранится. Если он вам нужен, обратитесь к оператору.",
  );

export const tooManyPage = () =>
  notice("Слишком много запросов", "С вашего адреса было слишком много запросов. Подождите минуту и попробуйте снова.");

export const unavailablePage = () =>
  notice("Сервис временно недоступен", "Не удалось открыть отчёт. Попробуйте ещё раз через несколько минут.");
