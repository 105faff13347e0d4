/**
 * Locker boards the simulator can be, as data. Each says in its comment what a
 * driver meets, so tests and the closing note can rely on it.
 */

/** Deliberate delays, in ms. */
export interface LockerTiming {
  /** The pulse the board gives a lock; the open's answer goes out when it ends. */
  pulseMs: number;
  /** From the pulse to the door swinging open on its spring (the sensor then reads open). */
  springMs: number;
  /** Before a query's answer. */
  answerMs: number;
  /** A silence this long between bytes ends a partial frame (the board drops it). */
  frameGapMs: number;
}

export interface LockerScenario {
  name: string;
  /** Locks on the board, 1 to 24. */
  cells: number;
  /** The board's address (its DIP switches), 1 to 31. */
  board: number;
  timing: LockerTiming;
  jammed?: readonly number[];
  leftOpen?: readonly number[];
  startOpen?: readonly number[];
  /** A simulated customer shuts each door this long after it opened (DEV); null: only close() does. */
  closeAfterMs?: number | null;
}

/** Small delays for tests: an open is answered in 5 ms, the door open 2 ms after the pulse. */
export const fastLockerTiming: LockerTiming = { pulseMs: 5, springMs: 2, answerMs: 1, frameGapMs: 50 };

/** A real board's order of magnitude, for manual runs: its default 300 ms pulse. */
export const realLockerTiming: LockerTiming = { pulseMs: 300, springMs: 120, answerMs: 10, frameGapMs: 20 };

/** normal: board 1, 8 cells, every door closed and locked; a pulse opens any of them. */
export const normal: LockerScenario = { name: "normal", cells: 8, board: 1, timing: fastLockerTiming };

/**
 * jammed: as normal, but the locks of cells 2 and 3 (the obd and gauge cells)
 * do not move: an open is answered "closed" (`8A 01 02 11 98`) and the door stays shut.
 */
export const jammed: LockerScenario = { ...normal, name: "jammed", jammed: [2, 3] };

/** leftOpen: as normal, but cells 2 and 3, once opened, are never shut again (close() does nothing). */
export const leftOpen: LockerScenario = { ...normal, name: "leftOpen", leftOpen: [2, 3] };

/**
 * slowDoor: as normal, but each door swings open 15 ms after its 5 ms pulse: the
 * open's answer still says closed; the sensor reads open 10 ms later.
 */
export const slowDoor: LockerScenario = { ...normal, name: "slowDoor", timing: { ...fastLockerTiming, springMs: 15 } };

/** doorOpen: as normal, but cell 1's door is open at power-on (an operator left it open). */
export const doorOpen: LockerScenario = { ...normal, name: "doorOpen", startOpen: [1] };

export const lockerScenarios = { normal, jammed, leftOpen, slowDoor, doorOpen } satisfies Record<
  string,
  LockerScenario
>;

export type LockerScenarioName = keyof typeof lockerScenarios;
