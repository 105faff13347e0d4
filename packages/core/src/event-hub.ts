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

  async *subscribe(key: string, signal: AbortSignal): AsyncGenerator<T> {
    try {
      for await (const [value] of on(this.emitter, key, { signal })) yield value as T;
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }
}
