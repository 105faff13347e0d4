import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryLinkPair } from "../link";
import { GaugeReader } from "./reader";
import type { GaugeEvent, GaugeFormat } from "./types";

function listen(format: GaugeFormat, silenceMs?: number) {
  const [driverEnd, gaugeEnd] = memoryLinkPair();
  const reader = new GaugeReader(driverEnd, { format, ...(silenceMs ? { silenceMs } : {}) });
  const events: GaugeEvent[] = [];
  const presence: boolean[] = [];
  reader.onEvent((event) => events.push(event));
  reader.onPresence((present) => presence.push(present));
  /** The gauge sends: resolves once the bytes have been delivered (MemoryLink delivers on a microtask). */
  const send = async (text: string) => {
    await gaugeEnd.write(Buffer.from(text, "latin1"));
    await Promise.resolve();
  };
  return { reader, events, presence, send, driverEnd, gaugeEnd };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the gauge reader", () => {
  it("turns a PosiTector's chunks into readings, and is ready while the port is open", async () => {
    const { reader, events, send, gaugeEnd } = listen("positector");
    expect(reader.ready).toBe(true);
    await send("\x02 15.0mil NO");
    await send("NFE\r\n\x02 381um FE\r\n\x02 junk\r\n");
    expect(events).toEqual([
      { kind: "reading", valueUm: 381, unit: "mil", substrate: "aluminium", raw: " 15.0mil NONFE" },
      { kind: "reading", valueUm: 381, unit: "um", substrate: "steel", raw: " 381um FE" },
      { kind: "garbage", raw: " junk" },
    ]);
    gaugeEnd.unplug();
    expect(reader.ready).toBe(false);
  });

  it("reads an Elcometer's no-reading and readings", async () => {
    const { events, send } = listen("elcometer");
    await send("     ---      F1    \r\n   3.14 mil  N1    \r\n");
    expect(events.map((event) => event.kind)).toEqual(["no-reading", "reading"]);
  });

  it("calls a line cut at 512 bytes garbage", async () => {
    const { events, send } = listen("line");
    await send(`M 1 ${"9".repeat(600)} um FE\r\nB 50\r\n`);
    expect(events).toEqual([
      { kind: "garbage", raw: `M 1 ${"9".repeat(508)}` },
      { kind: "battery", percent: 50, raw: "B 50" },
    ]);
  });

  it("counts a line-protocol gauge as there once heard, and gone after the silence", async () => {
    vi.useFakeTimers();
    const { reader, presence, send } = listen("line", 90_000);
    expect(reader.ready).toBe(false);
    await send("\xff\xfe garbage at a wrong baud rate\r\n");
    expect(reader.ready).toBe(false);
    await send("H ACME-TG2 fw1.4\r\n");
    expect(reader.ready).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    await send("B 80\r\n"); // a heartbeat restarts the silence
    await vi.advanceTimersByTimeAsync(89_999);
    expect(reader.ready).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(reader.ready).toBe(false);
    await send("M 7 100 um FE\r\n");
    expect(presence).toEqual([true, false, true]);
  });

  it("reports a gauge that never speaks as absent once the silence has passed", async () => {
    vi.useFakeTimers();
    const { presence } = listen("line", 90_000);
    await vi.advanceTimersByTimeAsync(90_000);
    expect(presence).toEqual([false]);
  });

  it("drops a reading that repeats the seq before it; after a hello any seq is new", async () => {
    const { events, send } = listen("line");
    await send("M 3 98 um NFE\r\nM 3 98 um NFE\r\nM 4 99 um NFE\r\nH ACME-TG2\r\nM 4 97 um NFE\r\n");
    expect(events.map((event) => (event.kind === "reading" ? event.seq : event.kind))).toEqual([3, 4, "hello", 4]);
  });

  it("stops listening on close() without closing the link", async () => {
    const { reader, events, send, driverEnd } = listen("line");
    reader.close();
    await send("B 50\r\n");
    expect(events).toEqual([]);
    expect(driverEnd.isOpen).toBe(true);
  });
});
