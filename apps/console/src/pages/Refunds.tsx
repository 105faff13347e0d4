import { kioskTime, rubles } from "../format";
import { paymentHref } from "../routes";
import { useSession } from "../session";
import { SentCommands, useKioskCommands } from "../ui/commands";
import { Link } from "../ui/Link";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { RefundForm } from "../ui/RefundForm";
import { LoadedTable } from "../ui/Table";
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
  return (
    <Page name="refunds" title="Поздние оплаты без возврата">
      <p className="lead">
        Клиент оплатил после того, как киоск закрыл платёж. Киоск возвращает такие деньги сам; здесь те, чей возврат не
        прошёл.
      </p>
      <Failure text={queue.error} />
      <LoadedTable
        loaded={queue}
        empty="Очередь пуста: все поздние оплаты возвращены."
        head={
          <tr>
            <th>Когда</th>
            <th>Киоск</th>
            <th>Платёж</th>
            <th className="number">Сумма</th>
            <th>Возврат</th>
          </tr>
        }
        row={(row) => (
          <tr key={`${row.kioskId}/${row.paymentId}`} data-payment={row.paymentId}>
            <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId))}</td>
            <td>{row.kioskId}</td>
            <td className="mono">
              <Link href={paymentHref(row.kioskId, row.paymentId)}>{row.paymentId}</Link>
            </td>
            <td className="number">{typeof row.details.amount === "number" ? rubles(row.details.amount) : "—"}</td>
            <td>
              <RefundForm kioskId={row.kioskId} paymentId={row.paymentId} onSent={reload} />
            </td>
          </tr>
        )}
      />
      <SentCommands title="Отправленные возвраты" commands={commands.data} showKiosk />
    </Page>
  );
}
