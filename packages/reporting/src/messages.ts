import { localDay, maskEmail } from "@kiosk/core";
import type { ReportRow } from "@kiosk/db";

const serviceNames = { diagnostics: "диагностика OBD-II", thickness: "толщинометрия ЛКП" } as const;

/** The PDF's file name, dated by the kiosk's local day (a report at 01:00 in Moscow is not yesterday's). */
export function reportFileName(report: Pick<ReportRow, "type" | "createdAt">, timeZone: string): string {
  return `otchet-${report.type === "diagnostics" ? "diagnostika" : "tolshchina-lkp"}-${localDay(report.createdAt, timeZone)}.pdf`;
}

export function emailSubject(report: Pick<ReportRow, "type">, companyName: string): string {
  return report.type === "diagnostics"
    ? `Отчёт о диагностике OBD-II — ${companyName}`
    : `Отчёт о толщине лакокрасочного покрытия — ${companyName}`;
}

export function emailText(report: Pick<ReportRow, "id" | "type">, companyName: string, link: string | null): string {
  return [
    "Здравствуйте!",
    "",
    `Во вложении — отчёт по услуге «${serviceNames[report.type]}», выполненной в нашем киоске.`,
    ...(link ? [`Его можно открыть и по ссылке: ${link}`] : []),
    `Номер отчёта: ${report.id}.`,
    "",
    `Спасибо, что воспользовались услугами «${companyName}».`,
    "Письмо отправлено автоматически, отвечать на него не нужно.",
  ].join("\n");
}

/**
 * The SMS says the report is ready: with its link when the backoffice has it
 * (short: the whole message fits two UCS-2 segments), else where it went; an
 * email address appears only masked.
 */
export function smsText(
  report: Pick<ReportRow, "id" | "type">,
  companyName: string,
  emailRecipient: string | null,
  link: { url: string | null; coming: boolean } = { url: null, coming: false },
): string {
  if (link.url) return withinTwoSegments(`${companyName}: отчёт готов ${link.url}`, `Отчёт готов ${link.url}`);
  const service = serviceNames[report.type];
  return emailRecipient
    ? `${companyName}: отчёт (${service}) готов и отправлен на ${maskEmail(emailRecipient)}. Номер: ${report.id}`
    : link.coming
      ? `${companyName}: отчёт (${service}) готов. Номер: ${report.id}. Ссылка на него придёт следующим SMS.`
      : `${companyName}: отчёт (${service}) готов. Номер: ${report.id}. Распечатать его можно у оператора.`;
}

/** The one SMS that follows a report's first, when its link landed after that was sent. */
export const linkSmsText = (companyName: string, link: string) =>
  withinTwoSegments(`${companyName}: ссылка на ваш отчёт ${link}`, `Ссылка на ваш отчёт ${link}`);

/** A message with a link stays within two segments: a company name long enough to push it over is left out. */
const withinTwoSegments = (full: string, short: string) => (smsSegments(full).segments <= 2 ? full : short);

/** GSM 03.38's basic characters (and its extension table, two septets each); anything else makes a message UCS-2. */
const gsmBasic =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const gsmExtended = "^{}\\[~]|€\f";

/**
 * How many segments an SMS takes: GSM-7 160 characters alone or 153 a part;
 * UCS-2 (any Cyrillic) 70 alone or 67 a part, counted in UTF-16 code units.
 */
export function smsSegments(text: string): { encoding: "gsm7" | "ucs2"; units: number; segments: number } {
  const chars = [...text];
  if (chars.every((c) => gsmBasic.includes(c) || gsmExtended.includes(c))) {
    const units = chars.reduce((n, c) => n + (gsmExtended.includes(c) ? 2 : 1), 0);
    return { encoding: "gsm7", units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding: "ucs2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
