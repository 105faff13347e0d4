import type { Visit } from "./machine";

const key = "kiosk.visit";

/** The visit as it was before a reload or a browser restart, if any. */
export function loadVisit(storage: Storage = window.localStorage): Visit | null {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as Visit) : null;
  } catch {
    return null;
  }
}

export function saveVisit(visit: Visit, storage: Storage = window.localStorage): void {
  if (visit.step === "idle") storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(visit));
}
