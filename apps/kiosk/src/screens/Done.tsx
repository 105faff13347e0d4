import { useEffect, useState } from "react";
import { kioskApiError, type Report } from "../api";
import { useKiosk } from "../visit/context";
import { Button, Screen } from "../ui/Screen";
import { formatCountdown } from "../ui/format";

/** Thanks, where the report went; completes the session and returns to the attract screen by itself. */
export function Done({ sessionId, reportId }: { sessionId: string; reportId: string }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const [report, setReport] = useState<Report | null>(null);
  const [left, setLeft] = useState(catalog.kiosk.doneTimeoutMs);

  useEffect(() => {
    api.sessions.complete.mutate({ id: sessionId }).catch((error: unknown) => {
      // Already completed (a reload on this screen), or ended: nothing to do either way.
      if (!kioskApiError(error)) unreachable(error);
    });
    api.reports.get.query({ id: reportId }).then(setReport, (error: unknown) => void unreachable(error));
  }, [api, reportId, sessionId, unreachable]);

  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = catalog.kiosk.doneTimeoutMs - (Date.now() - started);
      setLeft(remaining);
      if (remaining <= 0) dispatch({ type: "reset" });
    }, 1000);
    return () => clearInterval(timer);
  }, [catalog.kiosk.doneTimeoutMs, dispatch]);

  const email = report?.deliveries.find((d) => d.channel === "email")?.recipient;
  const phone = report?.deliveries.find((d) => d.channel === "sms")?.recipient;
  const where = [email ? `на почту ${email}` : null, phone ? `SMS на ${phone}` : null].filter(Boolean).join(" и ");
  return (
    <Screen
      name="done"
      title="Спасибо!"
      lead={where ? `Отчёт отправлен ${where}` : "Отчёт отправлен"}
      actions={
        <Button name="home" onClick={() => dispatch({ type: "reset" })}>
          На главный экран
        </Button>
      }
    >
      <div className="done-mark" aria-hidden>
        ✓
      </div>
      <p className="done-text">Хорошей дороги! Если письмо не пришло, проверьте папку «Спам».</p>
      <p className="done-countdown">Экран вернётся к началу через {formatCountdown(left)}</p>
    </Screen>
  );
}
