import { DeviceError, faultOf, type DeviceErrorCode } from "../errors";
import { LinkLostError, type ByteLink, type LinkOpener } from "../link";
import { DeviceState } from "../device-state";
import { LinkKeeper } from "../link-keeper";
import { LockerBoard, type LockerBoardOptions, type OpenAnswer } from "./board";
import { MAX_LOCKS, type DoorState } from "./codec";
import { waitForDoor } from "./door-wait";

export const lockerDrivers = ["rs485", "simulator", "none"] as const;
export type LockerDriver = (typeof lockerDrivers)[number];

/** What the catalog and `device_connected` say of the locker. Ready means the board answers a status query. */
export interface LockerStatus {
  driver: LockerDriver;
  ready: boolean;
  error: DeviceErrorCode | null;
}

/** One cell as operators see it; the cell number is the lock number on the board. */
export interface CellView {
  cell: number;
  door: DoorState;
}

export interface LockerOptions extends Omit<LockerBoardOptions, "board"> {
  driver: LockerDriver;
  /** Opens the RS-485 adapter's port (or the in-process simulator); null for `none`. */
  opener: LinkOpener | null;
  /** `devices.locker.board`, 1 unless set. */
  board?: number;
  /** The board family runs at 9600 8N1. */
  baudRate?: number;
  /** How many cells are wired, locks 1 to `cells`; 24 unless set. */
  cells?: number;
  /** How often the door sensors are read while waiting for a door. */
  pollIntervalMs?: number;
  /** How often an idle board is asked for its status: a board that lost power is noticed this fast. */
  healthIntervalMs?: number;
  reconnect?: { initialMs: number; maxMs: number };
  onStatus?: (status: LockerStatus) => void;
  /** Every new fault, for `device_errors_total{code}`. */
  onError?: (code: DeviceErrorCode, message: string) => void;
  /** Every reading of the doors, for `locker_doors_open`. */
  onDoors?: (cells: CellView[]) => void;
  /** Every jam, a customer's or an operator's, for `locker_jams_total`. */
  onJam?: (cell: number) => void;
}

export interface OpenResult {
  /** The door was open already (a refill left it so): no pulse was sent. */
  wasOpen: boolean;
  /** The board's word after the pulse; null when none was sent. Informational (board.ts). */
  answer: OpenAnswer | null;
}

/**
 * The one owner of the locker board's port, in ObdAdapter's shape: opens it,
 * asks the idle board for its status now and then, reopens the port with
 * backoff after an unplug or a board that stopped answering, and serves the
 * visit's and the operators' door operations (the board queues them: one
 * request on the bus at a time).
 */
export class Locker {
  private readonly state: DeviceState<DeviceErrorCode, LockerStatus>;
  private readonly keeper: LinkKeeper | null;
  private readonly boardAddress: number;
  private readonly cellCount: number;
  private readonly pollIntervalMs: number;
  private readonly healthIntervalMs: number;
  private board: LockerBoard | null = null;
  private healthTimer: ReturnType<typeof setTimeout> | null = null;
  /** Door operations under way: the health probe waits while there are any (they read the doors anyway). */
  private active = 0;

  constructor(private readonly options: LockerOptions) {
    this.boardAddress = options.board ?? 1;
    this.cellCount = options.cells ?? MAX_LOCKS;
    if (!Number.isInteger(this.cellCount) || this.cellCount < 1 || this.cellCount > MAX_LOCKS) {
      throw new RangeError(`a board has 1–${MAX_LOCKS} cells, not ${this.cellCount}`);
    }
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.healthIntervalMs = options.healthIntervalMs ?? 10_000;
    this.state = new DeviceState<DeviceErrorCode, LockerStatus>(
      { driver: options.driver, ready: false, error: null },
      { onStatus: options.onStatus, onError: options.onError },
    );
    const { driver, opener } = options;
    this.keeper =
      driver === "none" || !opener
        ? null
        : new LinkKeeper({
            opener,
            baudRate: options.baudRate ?? 9600,
            reconnect: options.reconnect,
            onOpen: (link) => this.attach(link),
            onDown: (cause) => this.detach(cause),
          });
    if (!this.keeper) this.state.settle();
  }

  status(): LockerStatus {
    return this.state.get();
  }

  get settled(): boolean {
    return this.state.settled;
  }

  /** Every change of ready or error (the agent cancels a QR code no device could serve). Returns the unsubscribe. */
  onStatusChange(listener: (status: LockerStatus) => void): () => void {
    return this.state.onChange(listener);
  }

  start(): void {
    this.keeper?.start();
  }

  async stop(): Promise<void> {
    await this.keeper?.stop();
    this.stopHealth();
    this.board?.close();
    this.board = null;
  }

  /** Resolves true once ready (at once if it is), false after `timeoutMs`, on `signal`, or for `none`. */
  whenReady(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (!this.keeper) return Promise.resolve(false);
    return this.state.whenReady(timeoutMs, signal);
  }

  whenSettled(timeoutMs: number): Promise<void> {
    return this.state.whenSettled(timeoutMs);
  }

  /**
   * Opens a cell for the customer (or an operator): one pulse, then the door
   * sensor is read every `pollIntervalMs` until it shows the door open. A
   * door still closed after `openTimeoutMs` is a jam (LOCKER_JAMMED). A door
   * already open is not pulsed. A board that stops answering fails with its
   * own error rather than a jam: nothing says the door did not open.
   */
  async open(cell: number, options: { openTimeoutMs: number; signal?: AbortSignal }): Promise<OpenResult> {
    this.assertCell(cell);
    return this.withBoard(async (board) => {
      const before = await this.read(board);
      if (before[cell - 1] === "open") return { wasOpen: true, answer: null };
      const answer = await board.pulseOpen(cell);
      const polled = await this.waitFor(board, cell, "open", options.openTimeoutMs, options.signal);
      if (polled === "reached") return { wasOpen: false, answer };
      if (polled !== "still") throw polled.error;
      this.options.onJam?.(cell);
      throw new DeviceError(
        "LOCKER_JAMMED",
        `cell ${cell} did not open within ${options.openTimeoutMs} ms of its pulse (the board answered: ${answer})`,
      );
    });
  }

  /**
   * Waits for the customer to close a cell's door (the return step): true once
   * the sensor shows it closed, false when `timeoutMs` passed with it open
   * (the caller raises the not-returned alert). Fails only if the board never
   * answered during the wait, or the port was lost.
   */
  async waitClosed(cell: number, options: { timeoutMs: number; signal?: AbortSignal }): Promise<boolean> {
    this.assertCell(cell);
    return this.withBoard(async (board) => {
      const polled = await this.waitFor(board, cell, "closed", options.timeoutMs, options.signal);
      if (polled === "reached") return true;
      if (polled !== "still") throw polled.error;
      return false;
    });
  }

  /** Every cell's door, for operators. */
  cells(): Promise<CellView[]> {
    return this.withBoard(async (board) => this.view(await this.read(board)));
  }

  private assertCell(cell: number): void {
    if (!Number.isInteger(cell) || cell < 1 || cell > this.cellCount) {
      throw new RangeError(`cell ${cell} is not 1–${this.cellCount}`);
    }
  }

  /** Runs a door operation on the connected board; the health probe waits meanwhile. */
  private async withBoard<T>(work: (board: LockerBoard) => Promise<T>): Promise<T> {
    const board = this.board;
    if (!board) throw new DeviceError(this.state.get().error ?? "NO_ADAPTER", "the locker board is not connected");
    this.active += 1;
    try {
      return await work(board);
    } finally {
      this.active -= 1;
    }
  }

  private waitFor(board: LockerBoard, cell: number, want: DoorState, timeoutMs: number, signal?: AbortSignal) {
    const { pollIntervalMs } = this;
    return waitForDoor({ read: () => this.read(board), cell, want, timeoutMs, pollIntervalMs, signal });
  }

  /** One status query; a success shows the board ready, a failure (other than a lost port) not ready. */
  private async read(board: LockerBoard): Promise<DoorState[]> {
    try {
      const doors = await board.status();
      this.noteDoors(doors);
      return doors;
    } catch (error) {
      if (!(error instanceof LinkLostError)) {
        const fault = faultOf(error);
        this.state.fail(fault.code, fault.message);
      }
      throw error;
    }
  }

  private noteDoors(doors: DoorState[]): void {
    this.state.up();
    this.options.onDoors?.(this.view(doors));
  }

  private view(doors: DoorState[]): CellView[] {
    return doors.slice(0, this.cellCount).map((door, index) => ({ cell: index + 1, door }));
  }

  /** A new port: the board must answer a status query before it counts as there. */
  private async attach(link: ByteLink): Promise<void> {
    const { requestTimeoutMs, statusRetries, invertSensor } = this.options;
    const board = new LockerBoard(link, { board: this.boardAddress, requestTimeoutMs, statusRetries, invertSensor });
    let doors: DoorState[];
    try {
      doors = await board.status();
    } catch (error) {
      board.close();
      throw error;
    }
    // The board is in place before anyone waiting for ready is woken, so their first open finds it.
    this.board = board;
    this.noteDoors(doors);
    this.scheduleHealth(board);
  }

  private detach(cause: Error): void {
    this.stopHealth();
    this.board?.close();
    this.board = null;
    const fault = faultOf(cause);
    this.state.fail(fault.code, fault.message);
  }

  private scheduleHealth(board: LockerBoard): void {
    this.healthTimer = setTimeout(() => {
      this.healthTimer = null;
      if (this.board !== board) return;
      if (this.active > 0) return this.scheduleHealth(board);
      this.read(board).then(
        () => this.scheduleHealth(board),
        // A board that stopped answering: reopen the port, as ObdAdapter does for a silent adapter.
        (error: unknown) => this.keeper?.drop(error instanceof Error ? error : new Error(String(error))),
      );
    }, this.healthIntervalMs);
  }

  private stopHealth(): void {
    if (this.healthTimer) clearTimeout(this.healthTimer);
    this.healthTimer = null;
  }
}
