import { kioskTime } from "../format";
import { mayAct, useSession } from "../session";
import { CommandTable, useKioskCommands, useSendCommand } from "../ui/commands";
import { channels } from "../ui/labels";
import { Empty, Failure, Loading } from "../ui/Notice";
import { Page } from "../ui/Page";
import { useLoad } from "../ui/use-load";

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
  const rows = dead.data;
  return (
    <Page name="deliveries" title="Недоставленные отчёты">
      <p className="lead">
        Сначала устраните причину (баланс SMS, адрес, имя отправителя), затем отправьте снова: отчёт не создаётся
        заново.
      </p>
      <Failure text={dead.error ?? command.failure} />
      {!rows ? (
        dead.error ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <Empty>Все отчёты доставлены.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Когда</th>
                <th>Киоск</th>
                <th>Отчёт</th>
                <th>Канал</th>
                <th>Ошибка</th>
                {mayResend ? <th>Действия</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { reportId } = row;
                return (
                  <tr
                    key={`${row.kioskId}/${row.deliveryId}`}
                    data-delivery={row.deliveryId}
                    data-report={reportId ?? ""}
                  >
                    <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId))}</td>
                    <td>{row.kioskId}</td>
                    <td className="mono">{reportId ?? "—"}</td>
                    <td>{row.channel ? (channels[row.channel] ?? row.channel) : "—"}</td>
                    <td className="small">{row.error ?? "—"}</td>
                    {mayResend ? (
                      <td className="row-actions">
                        {reportId ? (
                          <>
                            <button
                              type="button"
                              disabled={command.busy}
                              onClick={() =>
                                command.send({ kioskId: row.kioskId, kind: "redeliver", params: { reportId } })
                              }
                            >
                              Отправить снова
                            </button>
                            <button
                              type="button"
                              disabled={command.busy}
                              onClick={() =>
                                command.send({ kioskId: row.kioskId, kind: "resend_link", params: { reportId } })
                              }
                            >
                              Ссылку повторно
                            </button>
                          </>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {commands.data && commands.data.length > 0 ? (
        <section>
          <h2>Отправленные команды</h2>
          <CommandTable commands={commands.data} showKiosk />
        </section>
      ) : null}
    </Page>
  );
}
