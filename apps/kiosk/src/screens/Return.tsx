import { useEffect, useState } from "react";
import { customerMessage, type Api, type Handout as HandoutView } from "../api";
import { useKiosk } from "../visit/context";
import type { Visit } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { serviceTitles } from "../ui/format";
import { Handout } from "./Handout";
import { makeReport } from "./make-report";

type ReturnVisit = Extract<Visit, { step: "return" }>;

/**
 * The device goes back to its cell. The report is made meanwhile, here and only
 * here (it never waits for the door); the report screen follows once the agent
 * sees the door closed on the device, or gives up waiting for it (the operator is
 * told, not the customer), and the report is made.
 */
export function Return({ visit }: { visit: ReturnVisit }) {
  const { api, dispatch, unreachable } = useKiosk();
  const [state, setState] = useState<HandoutView["state"]>("returning");
  const [problem, setProblem] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const { sessionId, scan, reportId, returned } = visit;

  useEffect(() => {
    if (reportId) return;
    let live = true;
    setProblem(null);
    makeReport(api, sessionId, scan).then(
      (made) => live && dispatch({ type: "reportCreated", reportId: made }),
      (error: unknown) => {
        if (live && !unreachable(error)) setProblem(customerMessage(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, dispatch, unreachable, reportId, scan, sessionId, tries]);

  useEffect(() => {
    if (returned !== null) return;
    let live = true;
    const returnEnded = (returned: boolean) => live && dispatch({ type: "returnEnded", returned });
    const subscription = followHandout(api, sessionId, scan.service, {
      onLocker: (locker) => {
        if (!live || !locker) return;
        setState(locker.state);
        if (locker.state === "returned" || locker.state === "not_returned" || locker.state === "jammed") {
          returnEnded(locker.state === "returned");
        }
      },
      // The stream ended or failed without a word of the door: the report is never held back for it.
      onEnd: (error) => {
        if (error !== undefined && unreachable(error)) return;
        returnEnded(true);
      },
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [api, dispatch, unreachable, returned, scan.service, sessionId]);

  return (
    <Screen name="return" title="Почти готово" lead={serviceTitles[scan.service]}>
      {returned === null ? (
        <Handout handback={visit.handback} state={state} phase="return" />
      ) : (
        <>
          <div className="spinner" aria-hidden="true" />
          <p className="waiting">Формируем отчёт…</p>
        </>
      )}
      {problem ? (
        <Problem message={problem}>
          <Button kind="secondary" onClick={() => setTries(tries + 1)}>
            Повторить
          </Button>
        </Problem>
      ) : null}
    </Screen>
  );
}

interface HandoutListener {
  onLocker: (locker: HandoutView | null) => void;
  onEnd: (error?: unknown) => void;
}

/** The device's trip as the scan's or the measurement's stream carries it, until the stream ends. */
function followHandout(
  api: Api,
  sessionId: string,
  service: ReturnVisit["scan"]["service"],
  listener: HandoutListener,
) {
  const handlers = {
    onError: (error: unknown) => listener.onEnd(error),
    // The server ended the stream (the return is over); an unsubscribe does not count.
    onStopped: () => listener.onEnd(),
  };
  return service === "diagnostics"
    ? api.devices.scan.onProgress.subscribe(
        { sessionId },
        { ...handlers, onData: (view) => listener.onLocker(view.locker) },
      )
    : api.devices.measurement.onReading.subscribe(
        { sessionId },
        { ...handlers, onData: (event) => listener.onLocker(event.measurement.locker) },
      );
}
