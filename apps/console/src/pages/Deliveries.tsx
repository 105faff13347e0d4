import { kioskTime } from "../format";
import { mayAct, useSession } from "../session";
import { SentCommands, useKioskCommands, useSendCommand } from "../ui/commands";
import { channels } from "../ui/labels";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { LoadedTable } from "../ui/Table";
import { useLoad } from "../ui/use-load";

/** What an operator may send again for a report that did not arrive. */
const resends = [
  { kind: "redeliver", title: "Отправить снова" },
  { kind: "resend_link", title: "Ссылку повторно" },
] as const;

/** Reports that did not reach the customer: send the dead deliveries again, or the report's link. */
export function Deliveries() {
  const { api, operator, timeZoneOf } = useSession();
  const dead = useLoad(() => api.fleet.deadDeliveries.query(), "dead-deliveries", 10_000);
  const commands = useKioskCommands(undefined, (c) => c.kind === "redeliver" || c.kind === "resend_link");
  const reload = () => {
    dead.reload();
    commands.reload();
  };
  const command = useSendCommand(reload);
  const mayResend = mayAct(operator, "operator");
  return (
    <Page name="deliveries" title="Недоставленные отчёты">
      <p className="lead">
        Сначала устраните причину (баланс SMS, адрес, имя отправителя), затем отправьте снова: отчёт не создаётся
        заново.
      </p>
      <Failure text={dead.error ?? command.failure} />
      <LoadedTable
        loaded={dead}
        empty="Все отчёты доставлены."
        head={
          <tr>
            <th>Когда</th>
            <th>Киоск</th>
            <th>Отчёт</th>
            <th>Канал</th>
            <th>Ошибка</th>
            {mayResend ? <th>Действия</th> : null}
          </tr>
        }
        row={({ reportId, ...row }) => (
          <tr key={`${row.kioskId}/${row.deliveryId}`} data-delivery={row.deliveryId} data-report={reportId ?? ""}>
            <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId))}</td>
            <td>{row.kioskId}</td>
            <td className="mono">{reportId ?? "—"}</td>
            <td>{row.channel ? (channels[row.channel] ?? row.channel) : "—"}</td>
            <td className="small">{row.error ?? "—"}</td>
            {mayResend ? (
              <td className="row-actions">
                {reportId
                  ? resends.map(({ kind, title }) => (
                      <button
                        key={kind}
                        type="button"
                        disabled={command.busy}
                        onClick={() => command.send({ kioskId: row.kioskId, kind, params: { reportId } })}
                      >
                        {title}
                      </button>
                    ))
                  : null}
              </td>
            ) : null}
          </tr>
        )}
      />
      <SentCommands title="Отправленные команды" commands={commands.data} showKiosk />
    </Page>
  );
}
