import { useCallback, useEffect, useState } from "react";
import { customerMessage, type MeasuredZone, type MeasurementView } from "../api";
import { CarDiagram } from "../ui/CarDiagram";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { serviceTitles } from "../ui/format";
import { Handout, isHandingOut } from "./Handout";
import { measurementFailures } from "./scan-texts";

type ScanVisit = Extract<Visit, { step: "scan" }>;

const verdictNames: Record<NonNullable<MeasuredZone["verdict"]>, string> = {
  normal: "норма",
  warning: "внимание",
  critical: "критично",
};

/**
 * The guided paint-thickness measurement, run by the agent: this screen starts it
 * (a reload or a retry continues it, readings kept), asks the customer to take the
 * gauge from its cell, then shows the car with the zone to measure next lit, each
 * zone filled by the gauge's readings with the server's verdict. A tap on a zone
 * measures it again. The screen sends no values: the gauge talks to the agent only.
 */
export function ThicknessMeasure({ visit }: { visit: ScanVisit }) {
  const { api, dispatch, unreachable } = useKiosk();
  const [measurement, setMeasurement] = useState<MeasurementView | null>(null);
  const [latest, setLatest] = useState<MeasuredZone | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const { sessionId } = visit;

  const failed = useCallback(
    (error: unknown) => {
      if (!unreachable(error)) setProblem(customerMessage(error));
    },
    [unreachable],
  );
  // Done (finished here, on another tap, or before a reload): the return prompt or the report follows.
  const show = useCallback(
    (view: MeasurementView) => {
      setMeasurement(view);
      if (view.state !== "done") return;
      dispatch({
        type: "scanned",
        scan: { service: "thickness", measurementId: view.id, timestamp: view.endedAt ?? Date.now() },
        locker: view.locker,
      });
    },
    [dispatch],
  );

  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    setProblem(null);
    api.devices.measurement.start.mutate({ sessionId }).then(
      (started) => {
        if (!live) return;
        show(started);
        subscription = api.devices.measurement.onReading.subscribe(
          { sessionId },
          {
            onData: ({ measurement: view, reading, notice: said }) => {
              if (!live || view.id !== started.id) return;
              show(view);
              if (reading) {
                setLatest(reading);
                setNotice(null);
              }
              if (said) setNotice(said.message);
            },
            onError: (error) => live && failed(error),
          },
        );
      },
      (error: unknown) => live && failed(error),
    );
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [api, failed, show, sessionId, tries]);

  // The stream brings the tapped zone lit: an answer shown after it could be older than the reading that followed.
  const remeasure = (zone: string) => {
    setProblem(null);
    api.devices.measurement.remeasure.mutate({ sessionId, zone }).catch(failed);
  };
  const finish = () => {
    setProblem(null);
    api.devices.measurement.finish.mutate({ sessionId }).then(show, failed);
  };
  const retry = () => {
    setMeasurement(null);
    setNotice(null);
    setTries(tries + 1);
  };

  const failure =
    measurement?.state === "failed" && measurement.error ? measurementFailures[measurement.error.code] : null;
  const locker = measurement?.locker ?? null;
  const handingOut = !failure && isHandingOut(locker, measurement?.state !== "waiting");
  const measuring = measurement?.state === "measuring";
  const measured = measurement?.zones.filter((zone) => zone.valueUm !== null).length ?? 0;
  return (
    <Screen
      name="scan"
      title={failure ? failure.title : handingOut ? "Оплата прошла" : "Измерение толщины краски"}
      lead={
        handingOut
          ? "Прикладывайте датчик к кузову: каждое значение сразу появится на схеме"
          : failure && !failure.operator
            ? "Оплата сохранена: измерение можно продолжить"
            : undefined
      }
      actions={
        measuring ? (
          <Button name="finish-measurement" disabled={!measurement.canFinish} onClick={finish}>
            Завершить измерение
          </Button>
        ) : undefined
      }
    >
      <div
        className="measure"
        data-measurement-state={measurement?.state ?? "waiting"}
        data-next-zone={measurement?.next ?? undefined}
        data-measured={measured}
        data-locker-state={locker?.state}
        data-scan-error={measurement?.error?.code}
      >
        {handingOut ? (
          <Handout handback={locker} state={locker.state} phase="take" />
        ) : failure ? (
          <Problem message={failure.message} tone={failure.operator ? "error" : "hint"}>
            <Button name="retry-scan" kind={failure.operator ? "secondary" : "primary"} onClick={retry}>
              Повторить
            </Button>
          </Problem>
        ) : measurement && measurement.state !== "waiting" ? (
          <Guide measurement={measurement} measured={measured} latest={latest} notice={notice} onZoneTap={remeasure} />
        ) : (
          <p className="scan-activity">Ждём толщиномер…</p>
        )}
        {problem ? (
          <Problem message={problem}>
            <Button kind="secondary" onClick={retry}>
              Повторить
            </Button>
          </Problem>
        ) : null}
      </div>
    </Screen>
  );
}

interface GuideProps {
  measurement: MeasurementView;
  measured: number;
  latest: MeasuredZone | null;
  notice: string | null;
  onZoneTap: (zone: string) => void;
}

/** The car with its zones, and beside it what to do now, how far along, and what the gauge last said. */
function Guide({ measurement, measured, latest, notice, onZoneTap }: GuideProps) {
  const next = measurement.zones.find((zone) => zone.zone === measurement.next);
  return (
    <div className="measure-guide">
      <div className="measure-diagram">
        <CarDiagram
          vehicleType={measurement.vehicleType}
          zones={measurement.zones}
          next={measurement.next}
          {...(measurement.state === "measuring" ? { onZoneTap } : {})}
        />
      </div>
      <aside className="measure-panel">
        <p className="scan-service">{serviceTitles.thickness}</p>
        {next ? (
          <p className="measure-next" data-next-label={next.label}>
            Приложите датчик: <strong>{next.label}</strong>
          </p>
        ) : (
          <p className="measure-next">Все зоны измерены</p>
        )}
        <p className="measure-count">
          Измерено {measured} из {measurement.zones.length}
        </p>
        {latest ? (
          <p className={`measure-latest measure-latest-${latest.verdict ?? "none"}`} data-latest-zone={latest.zone}>
            {latest.label}: <strong>{latest.valueUm} мкм</strong>
            {latest.verdict ? ` — ${verdictNames[latest.verdict]}` : null}
          </p>
        ) : null}
        {notice ? <Problem message={notice} tone="hint" /> : null}
        <p className="measure-hint">Чтобы измерить зону заново, нажмите на неё на схеме.</p>
      </aside>
    </div>
  );
}
