import { EventEmitter, on } from "node:events";

/**
 * In-process publish/subscribe keyed by entity id: how a status change reaches a
 * live subscription at once. Subscribers start listening before they read the
 * current state, so nothing published in between is lost.
 */
export class EventHub<T> {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(key: string, value: T): void {
    this.emitter.emit(key, value);
  }

  /** Listens from the moment of the call (not of the first read), so a caller can subscribe, then read the state. */
  subscribe(key: string, signal: AbortSignal): AsyncGenerator<T> {
    const events = on(this.emitter, key, { signal });
    return (async function* () {
      try {
        for await (const [value] of events) yield value as T;
      } catch (error) {
        if (!signal.aborted) throw error;
      }
    })();
  }
}
