import { useEffect, useState } from "react";
import type { ScanProgress } from "../devices/types";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { serviceTitles } from "../ui/format";
import { DiagnosticsScan } from "./DiagnosticsScan";

type ScanVisit = Extract<Visit, { step: "scan" }>;

/** The service itself: the agent reads the car's codes, or the screen's gauge measures the paint. */
export function Scan({ visit }: { visit: ScanVisit }) {
  return visit.service === "diagnostics" ? <DiagnosticsScan visit={visit} /> : <ThicknessScan visit={visit} />;
}

/** The paint thickness measurement, point by point, with its progress on screen. */
function ThicknessScan({ visit }: { visit: ScanVisit }) {
  const { devices, dispatch } = useKiosk();
  const [progress, setProgress] = useState<ScanProgress>({ fraction: 0, activity: "Подключаемся к прибору…" });
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);

  useEffect(() => {
    const stop = new AbortController();
    const timestamp = Date.now();
    setFailed(false);
    devices.thickness
      .measure(visit.vehicle.type ?? "sedan", setProgress, stop.signal)
      .then((measurements) => dispatch({ type: "scanned", scan: { service: "thickness", measurements, timestamp } }))
      .catch(() => {
        if (!stop.signal.aborted) setFailed(true);
      });
    return () => stop.abort();
  }, [devices, dispatch, visit.vehicle.type, tries]);

  const percent = Math.round(progress.fraction * 100);
  return (
    <Screen name="scan" title="Идёт измерение" lead="Оператор прикладывает датчик к кузову, точка за точкой">
      <p className="scan-service">{serviceTitles.thickness}</p>
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
