import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryLinkPair, type LinkOpener, type MemoryLink } from "../link";
import { Locker, type CellView, type LockerOptions, type LockerStatus } from "./locker";
import { FakeBoard } from "./test-helpers";

const lockers: Locker[] = [];
afterEach(async () => {
  await Promise.all(lockers.splice(0).map((locker) => locker.stop()));
  vi.useRealTimers();
});

/** A locker whose port opens onto a fresh memory link and fake board each time (a replug). */
async function connectedLocker(options: Partial<LockerOptions> = {}) {
  const fakes: FakeBoard[] = [];
  const boardEnds: MemoryLink[] = [];
  const opener: LinkOpener = () => {
    const [driverEnd, boardEnd] = memoryLinkPair();
    fakes.push(new FakeBoard(boardEnd));
    boardEnds.push(boardEnd);
    return Promise.resolve(driverEnd);
  };
  const statuses: LockerStatus[] = [];
  const jams: number[] = [];
  const doors: CellView[][] = [];
  const locker = new Locker({
    driver: "rs485",
    opener,
    cells: 4,
    pollIntervalMs: 100,
    reconnect: { initialMs: 1, maxMs: 4 },
    onStatus: (status) => statuses.push(status),
    onJam: (cell) => jams.push(cell),
    onDoors: (cells) => doors.push(cells),
    ...options,
  });
  lockers.push(locker);
  locker.start();
  expect(await locker.whenReady(1_000)).toBe(true);
  return { locker, fake: () => fakes.at(-1)!, fakes, boardEnds, statuses, jams, doors };
}

const OPEN_2 = "8A01021198";

describe("the locker", () => {
  it("opens a cell: one pulse, then the sensor shows the door open", async () => {
    const { locker, fake } = await connectedLocker();
    await expect(locker.open(2, { openTimeoutMs: 2_000 })).resolves.toEqual({ wasOpen: false, answer: "unlocked" });
    expect(fake().received.filter((frame) => frame.startsWith("8A"))).toEqual([OPEN_2]);
    expect(await locker.cells()).toEqual([
      { cell: 1, door: "closed" },
      { cell: 2, door: "open" },
      { cell: 3, door: "closed" },
      { cell: 4, door: "closed" },
    ]);
  });

  it("does not pulse a door that is open already", async () => {
    const { locker, fake } = await connectedLocker();
    fake().closed.delete(3);
    await expect(locker.open(3, { openTimeoutMs: 2_000 })).resolves.toEqual({ wasOpen: true, answer: null });
    expect(fake().received.filter((frame) => frame.startsWith("8A"))).toEqual([]);
  });

  it("fails with LOCKER_JAMMED when the door stays shut, after exactly one pulse", async () => {
    const { locker, fake, jams } = await connectedLocker();
    vi.useFakeTimers();
    fake().jammed.add(2);
    const open = locker.open(2, { openTimeoutMs: 2_000 });
    const failed = expect(open).rejects.toMatchObject({ name: "DeviceError", code: "LOCKER_JAMMED" });
    await vi.advanceTimersByTimeAsync(2_000);
    await failed;
    expect(fake().received.filter((frame) => frame.startsWith("8A"))).toEqual([OPEN_2]);
    expect(jams).toEqual([2]);
    // A jam is the door's fault, not the board's: the locker stays ready.
    expect(locker.status()).toEqual({ driver: "rs485", ready: true, error: null });
  });

  it("waits for the door to be closed, or says it was left open", async () => {
    const { locker, fake } = await connectedLocker();
    vi.useFakeTimers();
    fake().closed.delete(1);
    const closed = locker.waitClosed(1, { timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    fake().closed.add(1);
    await vi.advanceTimersByTimeAsync(100);
    await expect(closed).resolves.toBe(true);

    fake().closed.delete(1);
    const leftOpen = locker.waitClosed(1, { timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(leftOpen).resolves.toBe(false);
  });

  it("reports every reading of the doors for the doors-open gauge", async () => {
    const { locker, fake, doors } = await connectedLocker();
    fake().closed.delete(4);
    await locker.cells();
    expect(doors.at(-1)?.filter((cell) => cell.door === "open")).toEqual([{ cell: 4, door: "open" }]);
  });

  it("refuses a cell it does not have", async () => {
    const { locker } = await connectedLocker();
    await expect(locker.open(5, { openTimeoutMs: 2_000 })).rejects.toThrow(RangeError);
  });

  it("reopens the port after an unplug, and serves again once the board answers", async () => {
    const { locker, fakes, boardEnds, statuses } = await connectedLocker();
    boardEnds[0]!.unplug();
    await expect.poll(() => fakes.length).toBe(2);
    expect(await locker.whenReady(1_000)).toBe(true);
    expect(statuses.map((status) => status.error)).toEqual([null, "UNPLUGGED", null]);
    await expect(locker.open(1, { openTimeoutMs: 2_000 })).resolves.toMatchObject({ wasOpen: false });
  });

  it("notices a board that stopped answering, and says so", async () => {
    vi.useFakeTimers();
    const { locker, fake, fakes, statuses } = await connectedLocker({ healthIntervalMs: 1_000, requestTimeoutMs: 100 });
    fake().script.push("silent", "silent", "silent"); // the health query and its two retries
    await vi.advanceTimersByTimeAsync(1_300);
    expect(locker.status()).toEqual({ driver: "rs485", ready: false, error: "ADAPTER_TIMEOUT" });
    // The port is reopened after the backoff, and the board (answering again) is back.
    await vi.advanceTimersByTimeAsync(1);
    expect(fakes).toHaveLength(2);
    expect(statuses.map((status) => status.error)).toEqual([null, "ADAPTER_TIMEOUT", null]);
  });

  it("refuses door operations while nothing is connected, and does nothing for `none`", async () => {
    const none = new Locker({ driver: "none", opener: null });
    expect(none.settled).toBe(true);
    expect(await none.whenReady(10)).toBe(false);
    await expect(none.cells()).rejects.toMatchObject({ name: "DeviceError", code: "NO_ADAPTER" });
  });
});
