import { type ByteLink } from "../../link";
import { Cell, type CellEvent, type CellState } from "./cells";
import { FrameReader } from "./frame-reader";
import { decodeFrame, type Frame, lockStateAnswer, MAX_LOCKS, OPEN_HEAD, QUERY_HEAD, queryAllAnswer } from "./protocol";
import { type LockerScenario, type LockerTiming, normal } from "./scenarios";

/** A scenario, and overrides of any of its settings. */
export interface LockerBoardOptions extends Partial<Omit<LockerScenario, "name" | "timing">> {
  scenario?: LockerScenario;
  timing?: Partial<LockerTiming>;
}

export interface LockerStats {
  /** Frames for this board with a good BCC, by what they asked. */
  frames: Record<Frame["kind"], number>;
  /** Pulses given, by cell (1-based), a jammed cell's included: an open retried shows as 2. */
  pulses: Record<number, number>;
  answers: number;
  badChecksum: number;
  /** Good frames for another address on the bus: ignored. */
  otherBoard: number;
  /** Frames that arrived while the board was still busy with the last one: ignored. */
  whileBusy: number;
  /** Bytes that began no frame, and partial frames ended by a silence. */
  garbageBytes: number;
  /** An open or a query of a lock the board does not have: ignored. */
  unknownLock: number;
}

export type DoorListener = (cell: number, closed: boolean) => void;

/**
 * A locker board of the common RS-485 family (protocol.ts) and its cells' doors. It
 * answers only frames with its address and a good BCC, one at a time: a frame that
 * comes while it pulses a lock or prepares an answer is lost, as on a shared bus
 * whose master must keep one request in flight.
 */
export class LockerBoardSimulator {
  readonly board: number;
  readonly timing: LockerTiming;
  private readonly counts: Omit<LockerStats, "badChecksum" | "garbageBytes">;
  private readonly cells: Cell[];
  private readonly closeAfterMs: number | null;
  private link: ByteLink | null = null;
  private unsubscribe: (() => void)[] = [];
  private readonly reader: FrameReader;
  private busy = false;
  private powered = true;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly doorListeners = new Set<DoorListener>();

  constructor(options: LockerBoardOptions = {}) {
    const scenario = options.scenario ?? normal;
    const count = options.cells ?? scenario.cells;
    this.board = options.board ?? scenario.board;
    if (!Number.isInteger(count) || count < 1 || count > MAX_LOCKS) throw new Error(`cells: 1 to ${MAX_LOCKS}`);
    if (!Number.isInteger(this.board) || this.board < 1 || this.board > 31) throw new Error("board: 1 to 31");
    this.timing = { ...scenario.timing, ...options.timing };
    this.closeAfterMs = options.closeAfterMs ?? scenario.closeAfterMs ?? null;
    const listed = (key: "jammed" | "leftOpen" | "startOpen", cell: number): boolean =>
      (options[key] ?? scenario[key] ?? []).includes(cell);
    this.cells = Array.from({ length: count }, (_, index) => {
      const cell = index + 1;
      const setup = { jammed: listed("jammed", cell), leftOpen: listed("leftOpen", cell) };
      return new Cell(cell, { ...setup, startsOpen: listed("startOpen", cell) });
    });
    this.counts = this.freshCounts();
    this.reader = new FrameReader(this.timing.frameGapMs);
  }

  /** Connects the board to the bus (one end of a link). */
  attach(link: ByteLink): void {
    this.detach();
    this.link = link;
    this.unsubscribe = [link.onData((bytes) => this.receive(bytes)), link.onClose(() => this.detach())];
  }

  /** Off the bus: answers not sent yet are lost; the doors go on (a door still springs, a customer still shuts it). */
  detach(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
    this.link = null;
    this.reader.drop();
    this.busy = false;
  }

  /** Stops every timer (springs, customers, answers): for the end of a test or a served board. */
  dispose(): void {
    this.detach();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  // ---- what a test (or the simulated customer) does to the cells

  /** The customer shuts the door (the latch catches); false when it stays open (left open) or was shut. */
  close(cell: number): boolean {
    return this.act(cell, "close");
  }

  /** An operator opens the door with the service key: the sensor reads open, no pulse counted. */
  openByHand(cell: number): boolean {
    return this.act(cell, "openByHand");
  }

  /** From now on the cell's lock does not move (or moves again with `false`). */
  jam(cell: number, jammed = true): void {
    this.cell(cell).setup.jammed = jammed;
  }

  /** The board's supply: an unpowered board hears nothing and answers nothing. */
  power(on: boolean): void {
    this.powered = on;
    if (!on) {
      this.reader.drop();
      this.busy = false;
    }
  }

  doorClosed(cell: number): boolean {
    return this.cell(cell).doorClosed;
  }

  cellState(cell: number): CellState {
    return this.cell(cell).state;
  }

  /** Every door, lock 1 first: true where it is closed. */
  get doors(): boolean[] {
    return this.cells.map((cell) => cell.doorClosed);
  }

  /** What the board has heard and done so far. */
  get stats(): LockerStats {
    return { ...this.counts, ...this.reader.counts };
  }

  /** Each time a door's sensor changes. Returns the unsubscribe. */
  onDoorChange(listener: DoorListener): () => void {
    this.doorListeners.add(listener);
    return () => this.doorListeners.delete(listener);
  }

  // ---- the bus

  private receive(bytes: Buffer): void {
    if (!this.powered) return;
    for (const frame of this.reader.push(bytes)) this.handle(decodeFrame(frame));
  }

  private handle(frame: Frame): void {
    if (frame.board !== this.board) {
      this.counts.otherBoard++;
      return;
    }
    if (this.busy) {
      this.counts.whileBusy++;
      return;
    }
    this.counts.frames[frame.kind]++;
    switch (frame.kind) {
      case "open":
        return this.open(frame.lock);
      case "queryAll":
        return this.answer(this.timing.answerMs, () => queryAllAnswer(this.board, this.doors));
      case "queryOne": {
        if (!this.has(frame.lock)) return void this.counts.unknownLock++;
        const lock = frame.lock;
        return this.answer(this.timing.answerMs, () =>
          lockStateAnswer(QUERY_HEAD, this.board, lock, this.doorClosed(lock)),
        );
      }
      case "unsupported":
        return;
    }
  }

  /** The pulse; the door springs open `springMs` later unless the lock is jammed; the answer when the pulse ends. */
  private open(lock: number): void {
    if (!this.has(lock)) return void this.counts.unknownLock++;
    this.counts.pulses[lock] = (this.counts.pulses[lock] ?? 0) + 1;
    if (this.act(lock, "pulse")) this.after(this.timing.springMs, () => this.act(lock, "spring"));
    this.answer(this.timing.pulseMs, () => lockStateAnswer(OPEN_HEAD, this.board, lock, this.doorClosed(lock)));
  }

  private answer(ms: number, make: () => Buffer): void {
    const link = this.link;
    this.busy = true;
    this.after(ms, () => {
      if (this.link !== link || !link || !this.powered) return;
      this.busy = false;
      this.counts.answers++;
      void link.write(make()).catch(() => undefined);
    });
  }

  private act(number: number, event: CellEvent): boolean {
    const cell = this.cell(number);
    const wasClosed = cell.doorClosed;
    if (!cell.apply(event)) return false;
    if (cell.doorClosed !== wasClosed) {
      for (const listener of [...this.doorListeners]) listener(number, cell.doorClosed);
      const closeAfter = this.closeAfterMs;
      if (!cell.doorClosed && closeAfter !== null) this.after(closeAfter, () => this.act(number, "close"));
    }
    return true;
  }

  private has(lock: number): boolean {
    return lock >= 1 && lock <= this.cells.length;
  }

  private cell(number: number): Cell {
    const cell = this.cells[number - 1];
    if (!cell) throw new Error(`no cell ${number} on a board of ${this.cells.length}`);
    return cell;
  }

  private after(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private freshCounts(): Omit<LockerStats, "badChecksum" | "garbageBytes"> {
    return {
      frames: { open: 0, queryAll: 0, queryOne: 0, unsupported: 0 },
      pulses: Object.fromEntries(this.cells.map((cell) => [cell.number, 0])),
      answers: 0,
      otherBoard: 0,
      whileBusy: 0,
      unknownLock: 0,
    };
  }
}
