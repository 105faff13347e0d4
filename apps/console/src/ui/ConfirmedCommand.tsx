import { useState, type ReactNode } from "react";
import { useSession } from "../session";
import { commandRefreshMs, useSendCommand, type Command, type CommandInput } from "./commands";
import { commandKinds, commandStatuses } from "./labels";
import { Failure } from "./Notice";
import { useLoad } from "./use-load";

/**
 * A command that acts on the kiosk's hardware or a customer's session: the
 * operator says what, reads what will happen and confirms; then the command's
 * state shows until the kiosk answers. `ask` is called by the page's own form.
 */
export function useConfirmedCommand() {
  const [asking, setAsking] = useState<CommandInput | null>(null);
  const [sent, setSent] = useState<Command | null>(null);
  const command = useSendCommand((queued) => {
    setAsking(null);
    setSent(queued);
  });
  return {
    asking,
    sent,
    busy: command.busy,
    failure: command.failure,
    ask: (input: CommandInput) => {
      setSent(null);
      setAsking(input);
    },
    cancel: () => setAsking(null),
    confirm: () => {
      if (asking) command.send(asking);
    },
  };
}

export type ConfirmedCommand = ReturnType<typeof useConfirmedCommand>;

/** The question before the command goes, with its two answers; then the sent command's state, or why it was refused. */
export function CommandConfirmation({
  command,
  question,
  confirmTitle,
}: {
  command: ConfirmedCommand;
  question: ReactNode;
  confirmTitle: string;
}) {
  return (
    <>
      {command.asking ? (
        <div className="confirm" role="group" aria-label="Подтверждение">
          <span>{question}</span>
          <button type="button" className="danger" disabled={command.busy} onClick={command.confirm}>
            {confirmTitle}
          </button>
          <button type="button" disabled={command.busy} onClick={command.cancel}>
            Отмена
          </button>
        </div>
      ) : null}
      {command.sent ? <SentCommand command={command.sent} /> : null}
      <Failure text={command.failure} />
    </>
  );
}

/** One sent command's state, asked again every few seconds until the kiosk has answered (or it expired). */
function SentCommand({ command }: { command: Command }) {
  const { api } = useSession();
  const [finished, setFinished] = useState(false);
  const now = useLoad(
    async () => {
      const answer = await api.commands.get.query({ id: command.id });
      if (answer.status !== "pending") setFinished(true);
      return answer;
    },
    `command:${command.id}`,
    finished ? undefined : commandRefreshMs,
  );
  const current = now.data ?? command;
  return (
    <p className="sent-command" data-sent-command={current.id} data-command-status={current.status} aria-live="polite">
      Команда «{commandKinds[current.kind] ?? current.kind}»:{" "}
      <span className={`badge badge-${current.status}`}>{commandStatuses[current.status] ?? current.status}</span>
      {current.error ? <span className="small muted"> {current.error}</span> : null}
    </p>
  );
}
