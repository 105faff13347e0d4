import { useCallback, useEffect, useMemo, useState } from "react";
import { failureText, isSignedOut, type ConsoleApi, type CsrfToken } from "./api";
import { defaultTimeZone } from "./format";
import { Login } from "./pages/Login";
import { routeOf, type Route } from "./routes";
import { SessionContext, type Operator, type Session } from "./session";
import { Shell } from "./Shell";
import { Failure } from "./ui/Notice";

/** How often the console asks `auth.me` again while the server does not answer. */
const retryMs = 5_000;

type Auth = { state: "checking" } | { state: "signed-out" } | { state: "signed-in"; operator: Operator };

/**
 * The console: asks the backoffice who is signed in (`auth.me`), shows the
 * login form to nobody, and the pages to somebody. The page follows the
 * address; each kiosk's time zone comes from the fleet overview.
 */
export function App({ api, csrf }: { api: ConsoleApi; csrf: CsrfToken }) {
  const [auth, setAuth] = useState<Auth>({ state: "checking" });
  const [failure, setFailure] = useState<string | null>(null);
  const route = useRoute();
  const zones = useKioskZones(api, auth.state === "signed-in");

  // Each attempt asks `auth.me` again: the button, or the timer while the server is unreachable.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    api.auth.me.query().then(
      (me) => {
        if (!current) return;
        csrf.set(me.csrfToken);
        setFailure(null);
        setAuth({ state: "signed-in", operator: me.operator });
      },
      (error: unknown) => {
        if (!current) return;
        if (isSignedOut(error)) {
          setFailure(null);
          setAuth({ state: "signed-out" });
        } else setFailure(failureText(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api, csrf, attempt]);

  // An unreachable server is asked again by itself, so the console comes back when the network does.
  useEffect(() => {
    if (!failure) return;
    const timer = window.setTimeout(() => setAttempt((n) => n + 1), retryMs);
    return () => window.clearTimeout(timer);
  }, [failure, attempt]);

  const signedOut = useCallback(() => {
    csrf.set(null);
    setAuth({ state: "signed-out" });
  }, [csrf]);

  const session = useMemo<Session | null>(
    () =>
      auth.state === "signed-in"
        ? { api, operator: auth.operator, timeZoneOf: (id) => zones.get(id) ?? defaultTimeZone, signedOut }
        : null,
    [api, auth, zones, signedOut],
  );

  if (failure) {
    return (
      <main className="page" data-page="unreachable">
        <Failure text={failure} />
        <button type="button" className="primary" onClick={() => setAttempt((n) => n + 1)}>
          Повторить
        </button>
      </main>
    );
  }
  if (auth.state === "checking") return null;
  if (!session) {
    return (
      <Login
        api={api}
        onSignedIn={(answer) => {
          csrf.set(answer.csrfToken);
          setAuth({ state: "signed-in", operator: answer.operator });
        }}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Shell route={route} />
    </SessionContext.Provider>
  );
}

function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location));
  useEffect(() => {
    const follow = () => setRoute(routeOf(window.location));
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, []);
  return route;
}

/** Each kiosk's IANA zone, as the overview says it: every time of a kiosk is shown on its clock. */
function useKioskZones(api: ConsoleApi, signedIn: boolean): Map<string, string> {
  const [zones, setZones] = useState(() => new Map<string, string>());
  useEffect(() => {
    if (!signedIn) return;
    api.fleet.kiosks.query().then(
      (rows) => setZones(new Map(rows.flatMap((row) => (row.timeZone ? [[row.kioskId, row.timeZone]] : [])))),
      // Without the overview the times fall back to the default zone; the pages say what failed.
      () => undefined,
    );
  }, [api, signedIn]);
  return zones;
}
