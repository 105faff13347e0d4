import { useRef, type ReactNode } from "react";
import type { Answer, ConsoleApi } from "../api";
import { kioskTime, rubles } from "../format";
import { useSession } from "../session";
import { commandKinds, commandStatuses } from "./labels";
import { Empty } from "./Notice";
import { Table } from "./Table";
import { useAction } from "./use-action";
import { useLoad } from "./use-load";

type CreateInput = Parameters<ConsoleApi["commands"]["create"]["mutate"]>[0];
/** A command as a page asks for it; `useSendCommand` adds the submission's key. */
export type CommandInput = CreateInput extends infer C ? (C extends unknown ? Omit<C, "requestKey"> : never) : never;
export type Command = Answer<ConsoleApi["commands"]["list"]["query"]>[number];

/**
 * Sends one command to a kiosk's queue (the kiosk pulls it on its next round):
 * `busy` while the backoffice stores it, `failure` in the server's words.
 * Each submission carries its own `requestKey`; the same submission sent again
 * after a failure (a lost answer) keeps it, so the backoffice answers the
 * command it already queued instead of queueing a second refund.
 */
export function useSendCommand(onSent: (queued: Command) => void) {
  const { api } = useSession();
  const action = useAction();
  const unanswered = useRef<{ input: string; requestKey: string } | null>(null);
  const send = (input: CommandInput) => {
    const asked = JSON.stringify(input);
    if (unanswered.current?.input !== asked) unanswered.current = { input: asked, requestKey: crypto.randomUUID() };
    const { requestKey } = unanswered.current;
    action.run(async () => {
      const queued = await api.commands.create.mutate({ ...input, requestKey });
      unanswered.current = null;
      return queued;
    }, onSent);
  };
  return { send, busy: action.busy, failure: action.failure };
}

/** How often a page showing commands asks again: a command's "done" shows without a reload. */
export const commandRefreshMs = 2_000;

/** A kiosk's commands, newest first, as the queue holds them; `which` keeps those of one payment or report. */
export function useKioskCommands(kioskId: string | undefined, which: (command: Command) => boolean = () => true) {
  const { api } = useSession();
  const commands = useLoad(
    () => api.commands.list.query(kioskId ? { kioskId } : {}),
    `commands:${kioskId ?? ""}`,
    commandRefreshMs,
  );
  return { ...commands, data: commands.data?.filter(which) };
}

/** Commands with their state: pending (the kiosk has not answered), done, failed (and why), expired. */
export function CommandTable({ commands, showKiosk = false }: { commands: Command[]; showKiosk?: boolean }) {
  const { timeZoneOf } = useSession();
  return (
    <Table
      className="commands"
      head={
        <tr>
          <th>Отправлена</th>
          {showKiosk ? <th>Киоск</th> : null}
          <th>Команда</th>
          <th>Параметры</th>
          <th>Кто</th>
          <th>Состояние</th>
        </tr>
      }
    >
      {commands.map((command) => (
        <tr key={command.id} data-command={command.id} data-command-status={command.status}>
          <td>{kioskTime(command.createdAt, timeZoneOf(command.kioskId))}</td>
          {showKiosk ? <td>{command.kioskId}</td> : null}
          <td>{commandKinds[command.kind] ?? command.kind}</td>
          <td className="small">{paramsText(command)}</td>
          <td className="small">{command.requestedByEmail}</td>
          <td>
            <span className={`badge badge-${command.status}`}>{commandStatuses[command.status] ?? command.status}</span>
            {command.error ? <div className="small muted">{command.error}</div> : null}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** A page's sent commands under `title`; with none, `empty` when given, else no section at all. */
export function SentCommands({
  title,
  commands,
  showKiosk,
  empty,
}: {
  title: string;
  commands: Command[] | undefined;
  showKiosk?: boolean;
  empty?: ReactNode;
}) {
  if (!commands?.length && empty === undefined) return null;
  return (
    <section>
      <h2>{title}</h2>
      {commands?.length ? <CommandTable commands={commands} showKiosk={showKiosk} /> : <Empty>{empty}</Empty>}
    </section>
  );
}

/** What the command is about, in words: the payment and how much, the report, the cell, the session. */
function paramsText(command: Command): string {
  const params = command.params;
  switch (command.kind) {
    case "refund":
      return `${String(params.paymentId)}, ${typeof params.amount === "number" ? rubles(params.amount) : "всё оставшееся"}`;
    case "redeliver":
    case "resend_link":
      return `отчёт ${String(params.reportId)}`;
    case "open_cell":
      return `ячейка ${String(params.cell)}`;
    case "expire_session":
      return `сеанс ${String(params.sessionId)}`;
    default:
      return "";
  }
}
