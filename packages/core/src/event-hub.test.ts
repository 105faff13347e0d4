import { describe, expect, it } from "vitest";
import { EventHub } from "./event-hub";

describe("EventHub", () => {
  it("keeps what is published between subscribing and the first read", async () => {
    const hub = new EventHub<string>();
    const stop = new AbortController();
    const changes = hub.subscribe("pay_1", stop.signal);
    hub.publish("pay_1", "confirmed");
    hub.publish("pay_2", "other");
    expect(await changes.next()).toEqual({ value: "confirmed", done: false });
    stop.abort();
    expect(await changes.next()).toEqual({ value: undefined, done: true });
  });
});
