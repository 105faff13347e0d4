import { afterEach, describe, expect, it } from "vitest";
import { memoryLinkPair } from "../../link";
import { type LockerBoardOptions, LockerBoardSimulator } from "./board";
import { BusReader } from "./bus-reader";
import { cellTransitions } from "./cells";
import { FrameReader } from "./frame-reader";
import { openFrame, queryFrame, statusBytes } from "./protocol";
import { doorOpen, jammed, leftOpen, slowDoor } from "./scenarios";

const boards: LockerBoardSimulator[] = [];
afterEach(() => {
  for (const board of boards.splice(0)) board.dispose();
});

function plug(options: LockerBoardOptions = {}) {
  const [driver, device] = memoryLinkPair();
  const board = new LockerBoardSimulator(options);
  boards.push(board);
  board.attach(device);
  return { board, bus: new BusReader(driver), device };
}

/** Resolves when `cell`'s door sensor next reads `closed`. */
const door = (board: LockerBoardSimulator, cell: number, closed: boolean): Promise<void> =>
  new Promise((resolve) => {
    if (board.doorClosed(cell) === closed) return resolve();
    const stop = board.onDoorChange((changed, now) => {
      if (changed !== cell || now !== closed) return;
      stop();
      resolve();
    });
  });

const bytes = (text: string): number[] => text.split(" ").map((byte) => parseInt(byte, 16));

describe("the locker board's frames", () => {
  it("builds the family's documented frames: 8A 01 01 11 9B, 80 01 00 33 B2, 80 01 01 33 B3", () => {
    expect([...openFrame(1, 1)]).toEqual(bytes("8A 01 01 11 9B"));
    expect([...queryFrame(1)]).toEqual(bytes("80 01 00 33 B2"));
    expect([...queryFrame(1, 1)]).toEqual(bytes("80 01 01 33 B3"));
  });

  it("puts locks 1-8 in the last status byte, lock 1 in bit 0, the highest group first", () => {
    const closed = Array.from({ length: 24 }, (_, i) => i !== 0 && i !== 8 && i !== 23);
    expect(statusBytes(closed)).toEqual([0x7f, 0xfe, 0xfe]);
    expect(statusBytes([true, false, true])).toEqual([0x00, 0x00, 0x05]);
  });
});

describe("the board's framing", () => {
  it("throws away a partial frame followed by a silence, and reads the next whole one", () => {
    const reader = new FrameReader(20);
    expect(reader.push(Uint8Array.from([0x8a, 0x01, 0x01]), 0)).toEqual([]);
    expect(reader.push(Uint8Array.from([0x80, 0x01, 0x00, 0x33, 0xb2]), 25)).toEqual([bytes("80 01 00 33 B2")]);
    expect(reader.counts).toEqual({ badChecksum: 0, garbageBytes: 3 });
  });

  it("joins the halves of a frame that arrive within the gap", () => {
    const reader = new FrameReader(20);
    expect(reader.push(Uint8Array.from([0x8a, 0x01]), 0)).toEqual([]);
    expect(reader.push(Uint8Array.from([0x01, 0x11, 0x9b]), 15)).toEqual([bytes("8A 01 01 11 9B")]);
    expect(reader.counts).toEqual({ badChecksum: 0, garbageBytes: 0 });
  });
});

describe("the locker board on the bus", () => {
  it("answers a query of 8 closed doors with three status bytes and the XOR", async () => {
    const { bus } = plug();
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
  });

  it("pulses a lock, answers 00 once the door has sprung open, and the query shows it", async () => {
    const { bus, board } = plug();
    expect(await bus.exchange(openFrame(1, 1), 5)).toBe("8A 01 01 00 8A");
    expect(board.cellState(1)).toBe("open");
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FE 33 4C");
    expect(await bus.exchange(queryFrame(1, 1), 5)).toBe("80 01 01 00 80");
    expect(await bus.exchange(queryFrame(1, 2), 5)).toBe("80 01 02 11 92");
    expect(board.stats.frames).toEqual({ open: 1, queryAll: 1, queryOne: 2, unsupported: 0 });
    expect(board.stats.pulses).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0 });
  });

  it("latches a door shut again when the customer closes it", async () => {
    const { bus, board } = plug();
    await bus.exchange(openFrame(1, 4), 5);
    expect(board.close(4)).toBe(true);
    expect(board.cellState(4)).toBe("locked");
    expect(board.close(4)).toBe(false);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
  });

  it("covers 24 locks: 9 in the middle byte's bit 0, 17 in the first byte's", async () => {
    const { bus } = plug({ cells: 24 });
    await bus.exchange(openFrame(1, 9), 5);
    await bus.exchange(openFrame(1, 17), 5);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 FE FE FF 33 4D");
  });

  it("ignores another board's frames and bad checksums; the next good frame is answered", async () => {
    const { bus, board } = plug();
    await bus.send(openFrame(2, 1));
    await bus.send(bytes("8A 01 01 11 00"));
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(board.stats.otherBoard).toBe(1);
    expect(board.stats.badChecksum).toBe(1);
    expect(board.stats.garbageBytes).toBe(4); // the bad frame's other bytes, skipped to resynchronise
    expect(board.stats.pulses[1]).toBe(0);
  });

  it("reads a frame that arrives in two writes, and skips noise before it", async () => {
    const { bus } = plug();
    await bus.send([0x00, 0xff, 0x8a, 0x01]);
    await bus.send([0x01, 0x11, 0x9b]);
    expect(await bus.read(5)).toBe("8A 01 01 00 8A");
  });

  it("loses a frame sent while it is still pulsing: one request in flight", async () => {
    const { bus, board } = plug();
    await bus.send(openFrame(1, 1));
    await bus.send(queryFrame(1));
    expect(await bus.read(5)).toBe("8A 01 01 00 8A");
    expect(await bus.exchange(queryFrame(1, 3), 5)).toBe("80 01 03 11 93");
    expect(board.stats.whileBusy).toBe(1);
    expect(bus.pending).toBe("");
  });

  it("ignores locks it does not have, and answers nothing while unpowered", async () => {
    const { bus, board } = plug();
    await bus.send(openFrame(1, 9));
    board.power(false);
    await bus.send(openFrame(1, 2));
    board.power(true);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(board.stats.unknownLock).toBe(1);
    expect(board.stats.pulses[2]).toBe(0);
  });
});

describe("the locker scenarios", () => {
  it("jammed: the pulse is given but the door stays shut, and the answer says so", async () => {
    const { bus, board } = plug({ scenario: jammed });
    expect(await bus.exchange(openFrame(1, 2), 5)).toBe("8A 01 02 11 98");
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
    expect(board.stats.pulses).toMatchObject({ 1: 0, 2: 1, 3: 0 });
    board.jam(2, false);
    expect(await bus.exchange(openFrame(1, 2), 5)).toBe("8A 01 02 00 89");
    expect(board.stats.pulses[2]).toBe(2);
  });

  it("jam(cell): a cell that worked stops moving", async () => {
    const { bus, board } = plug();
    board.jam(5);
    expect(await bus.exchange(openFrame(1, 5), 5)).toBe("8A 01 05 11 9F");
    expect(board.cellState(5)).toBe("locked");
  });

  it("leftOpen: once open, the door never shuts", async () => {
    const { bus, board } = plug({ scenario: leftOpen });
    expect(await bus.exchange(openFrame(1, 3), 5)).toBe("8A 01 03 00 88");
    expect(board.close(3)).toBe(false);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FB 33 49");
  });

  it("slowDoor: the open's answer still says closed; the sensor reads open after", async () => {
    const { bus, board } = plug({ scenario: slowDoor });
    expect(await bus.exchange(openFrame(1, 1), 5)).toBe("8A 01 01 11 9B");
    expect(board.cellState(1)).toBe("unlocked");
    await door(board, 1, false);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FE 33 4C");
  });

  it("doorOpen, openByHand: a door open without a pulse", async () => {
    const { bus, board } = plug({ scenario: doorOpen });
    expect(board.openByHand(6)).toBe(true);
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 DE 33 6C");
    expect(Object.values(board.stats.pulses)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("a simulated customer shuts each door closeAfterMs after it opened", async () => {
    const { bus, board } = plug({ closeAfterMs: 10 });
    await bus.exchange(openFrame(1, 2), 5);
    await door(board, 2, true);
    expect(board.cellState(2)).toBe("locked");
    expect(await bus.exchange(queryFrame(1), 7)).toBe("80 01 00 00 FF 33 4D");
  });

  it("writes the cell's states as data: a pulse only unlocks, only the spring or a hand opens", () => {
    expect(cellTransitions).toEqual({
      locked: { pulse: "unlocked", openByHand: "open" },
      unlocked: { spring: "open", close: "locked", openByHand: "open" },
      open: { close: "locked" },
    });
    expect(() => new LockerBoardSimulator({ cells: 25 })).toThrow(/1 to 24/);
  });
});
