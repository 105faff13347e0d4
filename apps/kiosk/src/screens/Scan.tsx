import { useEffect, useState } from "react";
import type { ScanProgress } from "../devices/types";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { serviceTitles } from "../ui/format";

type ScanVisit = Extract<Visit, { step: "scan" }>;

/** The service itself: the device measures (or reads the codes), with its progress on screen. */
export function Scan({ visit }: { visit: ScanVisit }) {
  const { devices, dispatch } = useKiosk();
  const [progress, setProgress] = useState<ScanProgress>({ fraction: 0, activity: "Подключаемся к прибору…" });
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);

  useEffect(() => {
    const stop = new AbortController();
    const timestamp = Date.now();
    const work =
      visit.service === "diagnostics"
        ? devices.diagnostics
            .scan(setProgress, stop.signal)
            .then((found) => dispatch({ type: "scanned", scan: { service: "diagnostics", ...found, timestamp } }))
        : devices.thickness
            .measure(visit.vehicle.type ?? "sedan", setProgress, stop.signal)
            .then((measurements) =>
              dispatch({ type: "scanned", scan: { service: "thickness", measurements, timestamp } }),
            );
    setFailed(false);
    work.catch(() => {
      if (!stop.signal.aborted) setFailed(true);
    });
    return () => stop.abort();
  }, [devices, dispatch, visit.service, visit.vehicle.type, tries]);

  const percent = Math.round(progress.fraction * 100);
  return (
    <Screen
      name="scan"
      title={visit.service === "diagnostics" ? "Идёт диагностика" : "Идёт измерение"}
      lead={
        visit.service === "diagnostics"
          ? "Не выключайте зажигание и не отсоединяйте адаптер"
          : "Оператор прикладывает датчик к кузову, точка за точкой"
      }
    >
      <p className="scan-service">{serviceTitles[visit.service]}</p>
      <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      {failed ? (
        <Problem message="Прибор не отвечает. Оплата сохранена: позовите, пожалуйста, оператора или попробуйте ещё раз.">
          <Button onClick={() => setTries(tries + 1)}>Повторить измерение</Button>
        </Problem>
      ) : (
        <p className="scan-activity" data-progress={percent}>
          {progress.activity}
        </p>
      )}
    </Screen>
  );
}
