import type { Handout as HandoutView } from "../api";
import type { Handback } from "../visit/machine";

/** Each device as the customer calls it (the accusative, as both prompts use it). */
const deviceNames: Record<Handback["device"], string> = { obd: "адаптер", gauge: "толщиномер" };
/** Keeps the cell's number on the line of its word. */
const nbsp = "\u00a0";

const hints: Record<HandoutView["state"], string> = {
  opening: "Ячейка открывается…",
  out: "Дверца открыта. Закройте её, когда возьмёте устройство.",
  returning: "Отчёт уже готовится: он появится, как только дверца закроется.",
  returned: "Спасибо!",
  not_returned: "Оператор уже получил сигнал.",
  jammed: "Ячейка не открылась.",
};

/** Whether the customer should be taking the device now: its cell opening, or open before the device is in use. */
export const isHandingOut = (locker: HandoutView | null, deviceInUse: boolean): locker is HandoutView =>
  locker !== null && (locker.state === "opening" || (locker.state === "out" && !deviceInUse));

/** What the screen asks of the customer at the locker. */
export const handoutPrompt = (handback: Handback, phase: "take" | "return"): string =>
  phase === "take"
    ? `Возьмите ${deviceNames[handback.device]} из ячейки${nbsp}${handback.cell}`
    : `Верните ${deviceNames[handback.device]} в ячейку${nbsp}${handback.cell} и закройте дверцу`;

/**
 * The locker step of a visit: take the device from its cell, or put it back,
 * with the cell's number big enough to find the door from a step away.
 */
export function Handout({
  handback,
  state,
  phase,
}: {
  handback: Handback;
  state: HandoutView["state"];
  phase: "take" | "return";
}) {
  return (
    <div className="handout" data-handout={phase} data-locker-state={state}>
      <div className="handout-cell" aria-hidden="true">
        <span className="handout-cell-caption">ячейка</span>
        <span className="handout-cell-number">{handback.cell}</span>
      </div>
      <div className="handout-words">
        <p className="handout-text">{handoutPrompt(handback, phase)}</p>
        <p className="handout-hint">{hints[state]}</p>
      </div>
    </div>
  );
}

/** The quiet line on the report when the device did not come back in time: nothing for the customer to do. */
export const notReturnedLine = (handback: Handback): string =>
  `${capitalised(deviceNames[handback.device])} не вернулся в ячейку${nbsp}${handback.cell}: оператор уже получил сигнал.`;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
