import { useEffect, useState } from "react";
import { customerMessage, type Delivery, type Report as ReportView } from "../api";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { notReturnedLine } from "./Handout";
import { makeReport } from "./make-report";
import { Summary } from "./Summary";

type ReportVisit = Extract<Visit, { step: "report" }>;

const deliveryStates: Record<Delivery["status"], string> = {
  pending: "ждёт отправки",
  sending: "отправляется…",
  sent: "отправлено",
  dead: "не удалось отправить",
};

/**
 * Makes the report from the scan or the measurement unless the return screen
 * already did (once: a repeat answers 409 naming the report already made), shows
 * its summary as the agent computed it, and each delivery live from reports.onDelivery.
 */
export function Report({ visit }: { visit: ReportVisit }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const [report, setReport] = useState<ReportView | null>(null);
  const [deliveries, setDeliveries] = useState<Map<string, Delivery>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [tries, setTries] = useState(0);

  useEffect(() => {
    if (visit.reportId || !visit.scan) return;
    let live = true;
    makeReport(api, visit.sessionId, visit.scan)
      .then((made) => live && dispatch({ type: "reportCreated", reportId: made }))
      .catch((error: unknown) => {
        if (live && !unreachable(error)) setProblem(customerMessage(error));
      });
    return () => {
      live = false;
    };
  }, [api, dispatch, unreachable, visit.reportId, visit.scan, visit.sessionId, tries]);

  useEffect(() => {
    if (!visit.reportId) return;
    const reportId = visit.reportId;
    api.reports.get
      .query({ id: reportId })
      .then(setReport)
      .catch((error: unknown) => !unreachable(error) && setProblem(customerMessage(error)));
    const subscription = api.reports.onDelivery.subscribe(
      { id: reportId },
      {
        onData: ({ data }) => setDeliveries((before) => new Map(before).set(data.id, data)),
        onError: (error) => void unreachable(error),
      },
    );
    return () => subscription.unsubscribe();
  }, [api, unreachable, visit.reportId]);

  const latestRound = Math.max(0, ...[...deliveries.values()].map((d) => d.round));
  const shown = [...deliveries.values()].filter((d) => d.round === latestRound);
  const settled = shown.length > 0 && shown.every((d) => d.status === "sent" || d.status === "dead");
  const canResend = settled && report !== null && report.resends < catalog.reports.maxResends;

  async function resend() {
    if (!report) return;
    try {
      setReport(await api.reports.resend.mutate({ id: report.id }));
    } catch (error) {
      if (!unreachable(error)) setProblem(customerMessage(error));
    }
  }

  return (
    <Screen
      name="report"
      title={report ? "Отчёт готов" : "Формируем отчёт…"}
      actions={
        <>
          {canResend ? (
            <Button kind="secondary" name="resend" onClick={() => void resend()}>
              Отправить ещё раз
            </Button>
          ) : null}
          <Button name="finish" disabled={!report} onClick={() => dispatch({ type: "finish" })}>
            Готово
          </Button>
        </>
      }
    >
      {problem ? (
        <Problem message={problem}>
          <Button kind="secondary" onClick={() => setTries(tries + 1)}>
            Повторить
          </Button>
        </Problem>
      ) : null}
      {visit.notReturned ? (
        <p className="quiet-note" data-not-returned={visit.notReturned.device}>
          {notReturnedLine(visit.notReturned)}
        </p>
      ) : null}
      {report && catalog.reports.links && report.deliveries.length === 0 ? (
        <p className="quiet-note" data-report-by-qr>
          Нажмите «Готово»: на следующем экране будет QR-код со ссылкой на отчёт
        </p>
      ) : null}
      <ul className="deliveries">
        {shown.map((d) => (
          <li key={d.id} data-delivery={d.channel} data-status={d.status} className={`delivery delivery-${d.status}`}>
            {d.channel === "email" ? "Письмо" : "SMS"} на {d.recipient}: {deliveryStates[d.status]}
          </li>
        ))}
      </ul>
      {report ? <Summary report={report} /> : null}
    </Screen>
  );
}
