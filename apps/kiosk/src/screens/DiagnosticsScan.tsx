import { useEffect, useState } from "react";
import { customerMessage, type ScanView } from "../api";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { serviceTitles } from "../ui/format";
import { Handout, isHandingOut } from "./Handout";
import { scanActivity, scanFailures, scanFraction } from "./scan-texts";

type ScanVisit = Extract<Visit, { step: "scan" }>;

/**
 * The OBD-II scan, run by the agent: this screen starts it (a reload starts it
 * again, which answers the scan already running), asks the customer to take the
 * adapter from its locker cell, follows the scan live, and moves on when it is
 * done. A failed scan leaves the session paid: the customer fixes what they can
 * (the ignition, the plug) and tries again, or calls the operator.
 */
export function DiagnosticsScan({ visit }: { visit: ScanVisit }) {
  const { api, dispatch, unreachable } = useKiosk();
  const [scan, setScan] = useState<ScanView | null>(null);
  // The protocol step is followed at once by the first reading: kept, so the customer sees what was found.
  const [found, setFound] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const { sessionId } = visit;

  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    const failed = (error: unknown) => {
      if (live && !unreachable(error)) setProblem(customerMessage(error));
    };
    setProblem(null);
    api.devices.scan.start.mutate({ sessionId }).then((started) => {
      if (!live) return;
      setScan(started);
      subscription = api.devices.scan.onProgress.subscribe(
        { sessionId },
        {
          onData: (view) => {
            if (!live || view.id !== started.id) return;
            setScan(view);
            if (view.progress.step === "protocol") setFound(scanActivity(view.progress));
            if (view.state === "done") {
              dispatch({
                type: "scanned",
                scan: { service: "diagnostics", scanId: view.id, timestamp: view.endedAt ?? Date.now() },
                locker: view.locker,
              });
            }
          },
          onError: failed,
        },
      );
    }, failed);
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [api, dispatch, unreachable, sessionId, tries]);

  const retry = () => {
    setScan(null);
    setFound(null);
    setTries(tries + 1);
  };
  const failure = scan?.state === "failed" && scan.error ? scanFailures[scan.error.code] : null;
  const progress = scan?.progress ?? { step: "waiting" as const };
  const percent = Math.round(scanFraction(progress) * 100);
  const locker = scan?.locker ?? null;
  const handingOut = !failure && isHandingOut(locker, scan?.state !== "waiting");
  return (
    <Screen
      name="scan"
      title={failure ? failure.title : handingOut ? "Оплата прошла" : "Идёт диагностика"}
      lead={
        handingOut
          ? "Вставьте адаптер в разъём OBD под рулём и включите зажигание"
          : !failure
            ? "Не выключайте зажигание и не отсоединяйте адаптер"
            : failure.operator
              ? undefined
              : "Оплата сохранена: диагностику можно повторить"
      }
    >
      <p className="scan-service">{serviceTitles.diagnostics}</p>
      <div
        className="scan-status"
        data-scan-state={scan?.state ?? "waiting"}
        data-scan-error={scan?.error?.code}
        data-locker-state={locker?.state}
      >
        {handingOut ? (
          <Handout handback={locker} state={locker.state} phase="take" />
        ) : failure ? (
          <Problem message={failure.message} tone={failure.operator ? "error" : "hint"}>
            <Button name="retry-scan" kind={failure.operator ? "secondary" : "primary"} onClick={retry}>
              Повторить
            </Button>
          </Problem>
        ) : (
          <>
            <div className="progress" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
              <div className="progress-bar" style={{ width: `${percent}%` }} />
            </div>
            <p className="scan-activity" data-progress={percent}>
              {scanActivity(progress)}
            </p>
            {found && progress.step === "reading" ? <p className="scan-found">{found}</p> : null}
          </>
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
