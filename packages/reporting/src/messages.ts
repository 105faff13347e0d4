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

export function emailText(report: Pick<ReportRow, "id" | "type">, companyName: string): string {
  return [
    "Здравствуйте!",
    "",
    `Во вложении — отчёт по услуге «${serviceNames[report.type]}», выполненной в нашем киоске.`,
    `Номер отчёта: ${report.id}.`,
    "",
    `Спасибо, что воспользовались услугами «${companyName}».`,
    "Письмо отправлено автоматически, отвечать на него не нужно.",
  ].join("\n");
}

/** The SMS says the report is ready and where it went; an email address appears only masked. */
export function smsText(
  report: Pick<ReportRow, "id" | "type">,
  companyName: string,
  emailRecipient: string | null,
): string {
  const service = serviceNames[report.type];
  return emailRecipient
    ? `${companyName}: отчёт (${service}) готов и отправлен на ${maskEmail(emailRecipient)}. Номер: ${report.id}`
    : `${companyName}: отчёт (${service}) готов. Номер: ${report.id}. Распечатать его можно у оператора.`;
}
