import { useCallback, useEffect, useRef, useState } from "react";
import { failureText, isSignedOut } from "../api";
import { useSession } from "../session";

export interface Loaded<T> {
  data: T | undefined;
  /** Why the last load failed, in words; null when it did not. */
  error: string | null;
  reload: () => void;
}

/**
 * What `load` answers, loaded when the page opens and again whenever `key`
 * changes; with `everyMs`, again on that interval (the overview stays live
 * without a reload). The last good answer stays on screen while a refetch of
 * the same key fails; a new key starts empty (loading). A signed-out answer
 * goes back to the login form.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, everyMs?: number): Loaded<T> {
  const { signedOut } = useSession();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // Another key is another question: the last key's rows (or failure) are no answer to it, so it
  // shows loading until its own answer; set during render, so no frame shows the old rows.
  const [loadedKey, setLoadedKey] = useState(key);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setData(undefined);
    setError(null);
  }
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (!current) return;
        if (isSignedOut(failure)) signedOut();
        else setError(failureText(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [key, round, signedOut]);

  useEffect(() => {
    if (!everyMs) return;
    const timer = window.setInterval(() => setRound((n) => n + 1), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, reload };
}
