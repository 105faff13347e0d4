import { useEffect, useState } from "react";
import { kioskApiError } from "../api";
import { useKiosk } from "../visit/context";
import { QrCode } from "../ui/QrCode";
import { Button, Screen } from "../ui/Screen";
import { formatCountdown } from "../ui/format";
import { doneDeadline, useReportWithLink } from "./report-link";

/**
 * Thanks, where the report went and, with links on, its QR code to take it by the phone's camera;
 * completes the session and returns to the attract screen by itself (see doneDeadline for when).
 */
export function Done({ sessionId, reportId }: { sessionId: string; reportId: string }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const links = catalog.reports.links;
  const { report, gaveUp } = useReportWithLink(api, reportId, links, unreachable);
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(openedAt);
  const [linkShownAt, setLinkShownAt] = useState<number | null>(null);
  const link = report?.link ?? null;

  useEffect(() => {
    api.sessions.complete.mutate({ id: sessionId }).catch((error: unknown) => {
      // Already completed (a reload on this screen), or ended: nothing to do either way.
      if (!kioskApiError(error)) unreachable(error);
    });
  }, [api, sessionId, unreachable]);

  useEffect(() => {
    if (link && linkShownAt === null) {
      const shownAt = Date.now();
      setLinkShownAt(shownAt);
      setNow(shownAt);
    }
  }, [link, linkShownAt]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const onlyByLink = links && report !== null && report.deliveries.length === 0;
  const deadline = doneDeadline({ openedAt, doneTimeoutMs: catalog.kiosk.doneTimeoutMs, linkShownAt, onlyByLink });
  useEffect(() => {
    if (now >= deadline) dispatch({ type: "reset" });
  }, [deadline, dispatch, now]);

  const email = report?.deliveries.find((d) => d.channel === "email")?.recipient;
  const phone = report?.deliveries.find((d) => d.channel === "sms")?.recipient;
  const where = [email ? `на почту ${email}` : null, phone ? `SMS на ${phone}` : null].filter(Boolean).join(" и ");
  const lead = where
    ? `Отчёт отправлен ${where}`
    : links
      ? "Отчёт готов: откройте его на своём телефоне"
      : "Отчёт отправлен";
  const words = (
    <>
      <p className="done-text">
        {email ? "Хорошей дороги! Если письмо не пришло, проверьте папку «Спам»." : "Хорошей дороги!"}
      </p>
      <p className="done-countdown">Экран вернётся к началу через {formatCountdown(deadline - now)}</p>
    </>
  );
  return (
    <Screen
      name="done"
      title="Спасибо!"
      lead={lead}
      actions={
        <Button name="home" onClick={() => dispatch({ type: "reset" })}>
          На главный экран
        </Button>
      }
    >
      {links ? (
        <div className="done-with-link">
          <ReportLink link={link} gaveUp={gaveUp} onlyByLink={onlyByLink} />
          <div className="done-words">
            {link ? <p className="done-link-caption">Наведите камеру телефона, чтобы открыть отчёт</p> : null}
            {words}
          </div>
        </div>
      ) : (
        <>
          <div className="done-mark" aria-hidden>
            ✓
          </div>
          {words}
        </>
      )}
    </Screen>
  );
}

/** The report's QR code once its link is there; a quiet word in its place until then (its caption is beside it). */
function ReportLink({ link, gaveUp, onlyByLink }: { link: string | null; gaveUp: boolean; onlyByLink: boolean }) {
  if (link) {
    return (
      <div className="done-link" data-report-link={link}>
        <QrCode text={link} label="QR-код со ссылкой на отчёт" />
      </div>
    );
  }
  if (gaveUp) {
    // A message already carries the report (and a follow-up SMS the link): only a QR-only customer needs a word.
    return onlyByLink ? (
      <p className="problem problem-hint" data-report-link-missing>
        Ссылка на отчёт пока не готова. Пожалуйста, позовите оператора: отчёт сохранён в терминале.
      </p>
    ) : null;
  }
  return (
    <div className="done-link-pending" data-report-link-pending>
      Готовим ссылку на отчёт…
    </div>
  );
}
