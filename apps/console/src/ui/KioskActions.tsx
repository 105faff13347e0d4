import { useState, type FormEvent } from "react";
import { CommandConfirmation, useConfirmedCommand } from "./ConfirmedCommand";
import { Field } from "./Field";
import { Failure } from "./Notice";

/** The cells a locker board may have (`open_cell`'s bound); the kiosk refuses a cell it has not wired. */
const boardMaxCell = 24;

/** How many cells the kiosk said its locker has (`devices.locker.cells`), else the board's bound. */
export function lockerCellsOf(devices: Record<string, unknown> | null | undefined): number {
  const cells = (devices?.locker as { cells?: unknown } | undefined)?.cells;
  return typeof cells === "number" && Number.isInteger(cells) && cells >= 1 && cells <= boardMaxCell
    ? cells
    : boardMaxCell;
}

/** Opens one locker cell of a kiosk (a device stuck inside, a door to check): the cell, a confirmation, its state. */
export function OpenCellForm({ kioskId, maxCell = boardMaxCell }: { kioskId: string; maxCell?: number }) {
  const [cell, setCell] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const command = useConfirmedCommand();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(cell);
    if (!Number.isInteger(number) || number < 1 || number > maxCell) {
      return setProblem(`Номер ячейки: от 1 до ${maxCell}.`);
    }
    setProblem(null);
    command.ask({ kioskId, kind: "open_cell", params: { cell: number } });
  };
  const asked = command.asking?.kind === "open_cell" ? command.asking.params.cell : null;
  return (
    <form className="action-form" onSubmit={submit} aria-label="Открыть ячейку" noValidate>
      <Field
        label="Ячейка шкафа"
        name="cell"
        type="number"
        min={1}
        max={maxCell}
        className="short"
        value={cell}
        onChange={setCell}
      />
      <button type="submit" disabled={command.busy || command.asking !== null}>
        Открыть ячейку
      </button>
      <Failure text={problem} />
      <CommandConfirmation
        command={command}
        question={`Открыть ячейку ${asked} киоска ${kioskId}? Дверца откроется, как только киоск получит команду.`}
        confirmTitle="Да, открыть"
      />
    </form>
  );
}

/**
 * Ends a stuck session of a kiosk as the housekeeping's expiry would (its
 * pending payment cancelled first). With `sessionId` it is that session's
 * button; without, a field for any session's id.
 */
export function ExpireSessionForm({ kioskId, sessionId }: { kioskId: string; sessionId?: string }) {
  const [typed, setTyped] = useState("");
  const command = useConfirmedCommand();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = (sessionId ?? typed).trim();
    if (id) command.ask({ kioskId, kind: "expire_session", params: { sessionId: id } });
  };
  const asked = command.asking?.kind === "expire_session" ? command.asking.params.sessionId : null;
  return (
    <form className="action-form" onSubmit={submit} aria-label="Завершить сеанс">
      {sessionId ? null : (
        <Field label="Сеанс (id)" name="sessionId" placeholder="ses_…" required value={typed} onChange={setTyped} />
      )}
      <button type="submit" disabled={command.busy || command.asking !== null}>
        Завершить сеанс
      </button>
      <CommandConfirmation
        command={command}
        question={`Завершить сеанс ${asked} на киоске ${kioskId}? Неоплаченный платёж сеанса будет отменён.`}
        confirmTitle="Да, завершить"
      />
    </form>
  );
}
