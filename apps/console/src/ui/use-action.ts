import { useState } from "react";
import { failureText, isSignedOut } from "../api";
import { useSession } from "../session";

/**
 * One mutation at a time from a page: `busy` while it runs, `failure` in the
 * server's words, `done` after it succeeded (to reload what it changed).
 */
export function useAction(done: () => void = () => undefined) {
  const { signedOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = <T>(call: () => Promise<T>, then?: (answer: T) => void) => {
    setBusy(true);
    setFailure(null);
    call().then(
      (answer) => {
        setBusy(false);
        then?.(answer);
        done();
      },
      (error: unknown) => {
        setBusy(false);
        if (isSignedOut(error)) signedOut();
        else setFailure(failureText(error));
      },
    );
  };
  return { run, busy, failure };
}
