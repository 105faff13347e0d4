/**
 * A locker cell as a state machine, written as data: a door on a spring behind a
 * latch that catches when the door is pushed shut. The board's door sensor reads
 * "closed" in every state but `open`.
 */

export type CellState = "locked" | "unlocked" | "open";

/**
 * - pulse: the board powers the lock for a moment; the latch lets go.
 * - spring: the door swings open on its spring (springMs after the pulse).
 * - close: someone pushes the door shut; the latch catches.
 * - openByHand: an operator opens it with the service key, no pulse.
 */
export type CellEvent = "pulse" | "spring" | "close" | "openByHand";

/** Where each event takes a cell; an event absent from its row changes nothing. */
export const cellTransitions: Record<CellState, Partial<Record<CellEvent, CellState>>> = {
  locked: { pulse: "unlocked", openByHand: "open" },
  unlocked: { spring: "open", close: "locked", openByHand: "open" },
  open: { close: "locked" },
};

/** What a scenario says about one cell. */
export interface CellSetup {
  /** The lock does not move: a pulse changes nothing, the door stays shut. */
  jammed: boolean;
  /** Once open, the door is never shut again (the customer walks off): close() does nothing. */
  leftOpen: boolean;
  /** Open at power-on. */
  startsOpen: boolean;
}

export class Cell {
  state: CellState;

  constructor(
    readonly number: number,
    readonly setup: CellSetup,
  ) {
    this.state = setup.startsOpen ? "open" : "locked";
  }

  get doorClosed(): boolean {
    return this.state !== "open";
  }

  /** Applies an event; returns whether the state changed. */
  apply(event: CellEvent): boolean {
    if (event === "pulse" && this.setup.jammed) return false;
    if (event === "close" && this.setup.leftOpen) return false;
    const next = cellTransitions[this.state][event];
    if (!next || next === this.state) return false;
    this.state = next;
    return true;
  }
}
