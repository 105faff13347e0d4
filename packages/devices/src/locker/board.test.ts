import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryLinkPair } from "../link";
import { LockerBoard } from "./board";
import { FakeBoard } from "./test-helpers";

const QUERY = "80010033B2";
const OPEN_3 = "8A01031199";

function wire(options: { statusRetries?: number } = {}) {
  const [driverEnd, boardEnd] = memoryLinkPair();
  const fake = new FakeBoard(boardEnd);
  const board = new LockerBoard(driverEnd, { board: 1, requestTimeoutMs: 500, ...options });
  return { fake, board, driverEnd, boardEnd };
}

/** Lets queued microtasks run: MemoryLink delivers on one, and each await adds another. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

afterEach(() => {
  vi.useRealTimers();
});

describe("the locker board driver", () => {
  it("reads every door with one query", async () => {
    const { fake, board } = wire();
    fake.closed.delete(2);
    fake.closed.delete(24);
    const doors = await board.status();
    expect(doors.flatMap((door, index) => (door === "open" ? [index + 1] : []))).toEqual([2, 24]);
    expect(fake.received).toEqual([QUERY]);
  });

  it("asks again when a status answer fails its checksum", async () => {
    const { fake, board } = wire();
    fake.script.push("corrupt");
    expect((await board.status()).every((door) => door === "closed")).toBe(true);
    expect(fake.received).toEqual([QUERY, QUERY]);
  });

  it("gives up after its retries with LOCKER_GARBLED", async () => {
    const { fake, board } = wire({ statusRetries: 2 });
    fake.script.push("corrupt", "corrupt", "corrupt");
    await expect(board.status()).rejects.toMatchObject({ name: "DeviceError", code: "LOCKER_GARBLED" });
    expect(fake.received).toEqual([QUERY, QUERY, QUERY]);
  });

  it("asks again when a status query times out", async () => {
    vi.useFakeTimers();
    const { fake, board } = wire();
    fake.script.push("silent");
    const status = board.status();
    await vi.advanceTimersByTimeAsync(500);
    await expect(status).resolves.toHaveLength(24);
    expect(fake.received).toEqual([QUERY, QUERY]);
  });

  it("sends an open once and never again, even when it times out", async () => {
    vi.useFakeTimers();
    const { fake, board } = wire();
    fake.script.push("silent");
    const open = board.pulseOpen(3);
    await vi.advanceTimersByTimeAsync(500);
    await expect(open).resolves.toBe("none");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.received).toEqual([OPEN_3]);
  });

  it("reports what the board said after the pulse, and a garbled answer as unreadable, without a retry", async () => {
    const { fake, board } = wire();
    expect(await board.pulseOpen(3)).toBe("unlocked");
    fake.jammed.add(4);
    expect(await board.pulseOpen(4)).toBe("locked");
    fake.script.push("corrupt");
    expect(await board.pulseOpen(5)).toBe("unreadable");
    expect(fake.received).toHaveLength(3);
  });

  it("keeps one request in flight: the next is sent only once the answer came", async () => {
    const { fake, board } = wire();
    fake.hold = true;
    const status = board.status();
    const open = board.pulseOpen(3);
    await settle();
    expect(fake.received).toEqual([QUERY]);
    await fake.release();
    await settle();
    expect(fake.received).toEqual([QUERY, OPEN_3]);
    await fake.release();
    await expect(status).resolves.toHaveLength(24);
    await expect(open).resolves.toBe("unlocked");
  });

  it("reads past an adapter's echo of its own bytes", async () => {
    const { fake, board } = wire();
    fake.echo = true;
    fake.closed.delete(7);
    expect((await board.status())[6]).toBe("open");
    // The echo of an open is byte for byte a "still locked" answer: why the answer proves nothing.
    expect(await board.pulseOpen(3)).toBe("locked");
    expect((await board.status())[2]).toBe("open");
  });

  it("refuses lock 0 (every door) without sending anything", async () => {
    const { fake, board } = wire();
    await expect(board.pulseOpen(0)).rejects.toThrow(RangeError);
    await settle();
    expect(fake.received).toEqual([]);
  });

  it("fails what is in flight when the adapter is unplugged, and does not retry it", async () => {
    const { fake, board, boardEnd } = wire();
    fake.script.push("silent");
    const status = board.status();
    await settle();
    boardEnd.unplug();
    await expect(status).rejects.toMatchObject({ name: "LinkLostError" });
    expect(fake.received).toEqual([QUERY]);
    await expect(board.status()).rejects.toMatchObject({ name: "LinkLostError" });
  });
});
