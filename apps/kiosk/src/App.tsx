import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { isUnreachable, type Api, type Catalog } from "./api";
import { Contact } from "./screens/Contact";
import { Done } from "./screens/Done";
import { Idle } from "./screens/Idle";
import { IdleWarning } from "./screens/IdleWarning";
import { Payment } from "./screens/Payment";
import { Report } from "./screens/Report";
import { Return } from "./screens/Return";
import { Scan } from "./screens/Scan";
import { ServiceChoice } from "./screens/ServiceChoice";
import { Unavailable } from "./screens/Unavailable";
import { VehicleChoice } from "./screens/VehicleChoice";
import { Screen } from "./ui/Screen";
import { KioskContext, type KioskContextValue } from "./visit/context";
import { resetsWhenIdle, sessionOf, visitReducer, type Visit } from "./visit/machine";
import { loadVisit, saveVisit } from "./visit/persist";
import { resumeVisit } from "./visit/resume";

const retryMs = 2_000;

/**
 * The kiosk: loads the catalog, resumes a visit a reload interrupted, shows the
 * current screen, and keeps the kiosk's habits: the unavailable screen while the
 * agent cannot be reached, "Вы ещё здесь?" after a while without a touch.
 */
export function App({ api }: { api: Api }) {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [visit, dispatch] = useReducer(visitReducer, { step: "idle" } as Visit);
  const [link, setLink] = useState<"starting" | "up" | "down">("starting");
  const visitRef = useRef(visit);
  visitRef.current = visit;

  // At start, and again each time the agent comes back: the catalog, then the saved visit as the agent sees it now.
  useEffect(() => {
    if (link === "up") return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      Promise.all([api.catalog.get.query(), resumeVisit(api, loadVisit())]).then(
        ([loaded, resumed]) => {
          if (!live) return;
          setCatalog(loaded);
          for (const event of resumed) dispatch(event);
          setLink("up");
        },
        () => {
          if (!live) return;
          setLink("down");
          timer = setTimeout(connect, retryMs);
        },
      );
    };
    connect();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, link]);

  useEffect(() => {
    if (link === "up") saveVisit(visit);
  }, [link, visit]);

  const unreachable = useCallback((error: unknown) => {
    if (!isUnreachable(error)) return false;
    setLink("down");
    return true;
  }, []);

  // A screen waiting on a live stream makes no calls of its own: a heartbeat notices a lost agent. It reads
  // the catalog, so a service whose device went down (or came back) shows as such within a beat.
  const heartbeatMs = catalog?.kiosk.heartbeatMs;
  useEffect(() => {
    if (link !== "up" || !heartbeatMs) return;
    const timer = setInterval(() => {
      api.catalog.get.query().then(
        (loaded) => setCatalog((shown) => (sameCatalog(shown, loaded) ? shown : loaded)),
        (error: unknown) => unreachable(error),
      );
    }, heartbeatMs);
    return () => clearInterval(timer);
  }, [api, heartbeatMs, link, unreachable]);

  const reset = useCallback(() => dispatch({ type: "reset" }), []);
  const idle = useIdleWatch(api, catalog, link === "up", visitRef, reset);

  const context = useMemo<KioskContextValue | null>(
    () => (catalog ? { api, catalog, dispatch, unreachable } : null),
    [api, catalog, unreachable],
  );

  return (
    <div className="kiosk" onPointerDown={idle.touched} onContextMenu={(event) => event.preventDefault()}>
      {link === "down" ? (
        <Unavailable />
      ) : !context || link === "starting" ? (
        <Screen name="loading" />
      ) : (
        <KioskContext.Provider value={context}>
          <CurrentScreen visit={visit} />
          {idle.warningLeftMs !== null ? <IdleWarning leftMs={idle.warningLeftMs} onStay={idle.touched} /> : null}
        </KioskContext.Provider>
      )}
    </div>
  );
}

function CurrentScreen({ visit }: { visit: Visit }) {
  switch (visit.step) {
    case "idle":
      return <Idle />;
    case "service":
      return <ServiceChoice />;
    case "vehicle":
      return <VehicleChoice service={visit.service} />;
    case "contact":
      return <Contact service={visit.service} vehicle={visit.vehicle} />;
    case "payment":
      return <Payment visit={visit} />;
    case "scan":
      return <Scan visit={visit} />;
    case "return":
      return <Return visit={visit} />;
    case "report":
      return <Report visit={visit} />;
    case "done":
      return <Done sessionId={visit.sessionId} reportId={visit.reportId} />;
  }
}

/** A re-read catalog that says what the shown one says: keep the shown one, so no screen re-renders for it. */
const sameCatalog = (shown: Catalog | null, loaded: Catalog) => JSON.stringify(shown) === JSON.stringify(loaded);

/**
 * Inactivity: after kiosk.idleWarningMs without a touch on a screen where nothing
 * is paid or being paid, a countdown of kiosk.idleCountdownMs, then the session is
 * cancelled and the kiosk returns to the attract screen. Touches tell the agent the
 * customer is there (sessions.touch, at most every kiosk.touchThrottleMs).
 */
function useIdleWatch(
  api: Api,
  catalog: Catalog | null,
  active: boolean,
  visitRef: { current: Visit },
  reset: () => void,
) {
  const lastTouch = useRef(Date.now());
  const lastReported = useRef(0);
  const [warningLeftMs, setWarningLeftMs] = useState<number | null>(null);

  useEffect(() => {
    if (!active || !catalog) return;
    const { idleWarningMs, idleCountdownMs } = catalog.kiosk;
    const timer = setInterval(() => {
      const visit = visitRef.current;
      const idleFor = Date.now() - lastTouch.current;
      if (!resetsWhenIdle(visit) || idleFor < idleWarningMs) {
        setWarningLeftMs(null);
        return;
      }
      const left = idleWarningMs + idleCountdownMs - idleFor;
      if (left > 0) {
        setWarningLeftMs(left);
        return;
      }
      setWarningLeftMs(null);
      lastTouch.current = Date.now();
      const sessionId = sessionOf(visit);
      // The customer walked away: end their session (the agent refuses while a payment is pending).
      if (sessionId) void api.sessions.cancel.mutate({ id: sessionId }).catch(() => undefined);
      reset();
    }, 1000);
    return () => clearInterval(timer);
  }, [active, api, catalog, reset, visitRef]);

  const touched = useCallback(() => {
    const now = Date.now();
    lastTouch.current = now;
    setWarningLeftMs(null);
    const sessionId = sessionOf(visitRef.current);
    if (sessionId && catalog && now - lastReported.current >= catalog.kiosk.touchThrottleMs) {
      lastReported.current = now;
      void api.sessions.touch.mutate({ id: sessionId }).catch(() => undefined);
    }
  }, [api, catalog, visitRef]);

  return { warningLeftMs, touched };
}
