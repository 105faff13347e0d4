import { kioskTime, rubles } from "../format";
import { paymentHref } from "../routes";
import { useSession } from "../session";
import { CommandTable, useKioskCommands } from "../ui/commands";
import { Link } from "../ui/Link";
import { Empty, Failure, Loading } from "../ui/Notice";
import { Page } from "../ui/Page";
import { RefundForm } from "../ui/RefundForm";
import { useLoad } from "../ui/use-load";

/**
 * Money taken after the kiosk had closed the intent, with no refund through
 * since: the kiosk refunds these by itself, so what stays here needs a person.
 */
export function Refunds() {
  const { api, timeZoneOf } = useSession();
  const queue = useLoad(() => api.fleet.refundQueue.query(), "refund-queue", 10_000);
  const commands = useKioskCommands(undefined, (c) => c.kind === "refund");
  const reload = () => {
    queue.reload();
    commands.reload();
  };
  const rows = queue.data;
  return (
    <Page name="refunds" title="Поздние оплаты без возврата">
      <p className="lead">
        Клиент оплатил после того, как киоск закрыл платёж. Киоск возвращает такие деньги сам; здесь те, чей возврат не
        прошёл.
      </p>
      <Failure text={queue.error} />
      {!rows ? (
        queue.error ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <Empty>Очередь пуста: все поздние оплаты возвращены.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Когда</th>
                <th>Киоск</th>
                <th>Платёж</th>
                <th className="number">Сумма</th>
                <th>Возврат</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.kioskId}/${row.paymentId}`} data-payment={row.paymentId}>
                  <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId))}</td>
                  <td>{row.kioskId}</td>
                  <td className="mono">
                    <Link href={paymentHref(row.kioskId, row.paymentId)}>{row.paymentId}</Link>
                  </td>
                  <td className="number">
                    {typeof row.details.amount === "number" ? rubles(row.details.amount) : "—"}
                  </td>
                  <td>
                    <RefundForm kioskId={row.kioskId} paymentId={row.paymentId} onSent={reload} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {commands.data && commands.data.length > 0 ? (
        <section>
          <h2>Отправленные возвраты</h2>
          <CommandTable commands={commands.data} showKiosk />
        </section>
      ) : null}
    </Page>
  );
}
