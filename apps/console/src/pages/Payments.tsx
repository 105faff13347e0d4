import { dayRange, kioskTime, kopecksOf, rubles } from "../format";
import { paymentHref } from "../routes";
import { useSession } from "../session";
import { Choice, Field } from "../ui/Field";
import { KioskSelect } from "../ui/KioskSelect";
import { paymentStatus, paymentStatuses, providerName } from "../ui/labels";
import { Link } from "../ui/Link";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { DayFields, useSearchForm } from "../ui/search";
import { LoadedTable } from "../ui/Table";
import { useLoad } from "../ui/use-load";

/** The search is in the address (`?kioskId=…&status=…&from=YYYY-MM-DD&to=…&amount=450,00`): a link to it shows the same rows. */
export function Payments({ query }: { query: URLSearchParams }) {
  const { api, timeZoneOf } = useSession();
  const kioskId = query.get("kioskId") ?? "";
  const status = query.get("status") ?? "";
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const amount = query.get("amount") ?? "";
  const kopecks = amount ? kopecksOf(amount) : null;
  const filter = {
    ...(kioskId ? { kioskId } : {}),
    ...(status ? { status } : {}),
    ...dayRange(from, to, timeZoneOf(kioskId)),
    // An amount typed is that exact amount charged: both ends of the range at it.
    ...(kopecks !== null ? { minAmount: kopecks, maxAmount: kopecks } : {}),
  };
  const payments = useLoad(() => api.fleet.payments.query(filter), JSON.stringify(filter));

  return (
    <Page name="payments" title="Платежи">
      <PaymentSearch key={query.toString()} initial={{ kioskId, status, from, to, amount }} />
      {amount && kopecks === null ? <Failure text="Сумма: число рублей, копейки через запятую (450,00)." /> : null}
      <Failure text={payments.error} />
      <LoadedTable
        loaded={payments}
        empty="Платежей с такими условиями нет."
        head={
          <tr>
            <th>Создан</th>
            <th>Киоск</th>
            <th>Платёж</th>
            <th>Состояние</th>
            <th className="number">Сумма</th>
            <th className="number">Возвращено</th>
            <th>Провайдер</th>
          </tr>
        }
        row={(payment) => (
          <tr key={`${payment.kioskId}/${payment.paymentId}`} data-payment={payment.paymentId}>
            <td className="nowrap">{kioskTime(payment.createdAt, timeZoneOf(payment.kioskId))}</td>
            <td>{payment.kioskId}</td>
            <td className="mono">
              <Link href={paymentHref(payment.kioskId, payment.paymentId)}>{payment.paymentId}</Link>
            </td>
            <td data-status={payment.status}>{paymentStatus(payment.status)}</td>
            <td className="number">{rubles(payment.amount)}</td>
            <td className="number">{payment.refundedAmount ? rubles(payment.refundedAmount) : "—"}</td>
            <td>{providerName(payment.provider)}</td>
          </tr>
        )}
      />
    </Page>
  );
}

type Search = Record<"kioskId" | "status" | "from" | "to" | "amount", string>;

function PaymentSearch({ initial }: { initial: Search }) {
  const { search, set, submit } = useSearchForm(initial, "/payments");
  return (
    <form className="filters" onSubmit={submit} aria-label="Поиск платежей">
      <label>
        Киоск
        <KioskSelect value={search.kioskId} onChange={set("kioskId")} />
      </label>
      <Choice
        label="Состояние"
        name="status"
        value={search.status}
        onChange={set("status")}
        options={paymentStatuses}
        anyTitle="любое"
      />
      <DayFields from={search.from} to={search.to} set={set} />
      <Field
        label="Сумма, ₽"
        name="amount"
        inputMode="decimal"
        placeholder="450,00"
        value={search.amount}
        onChange={set("amount")}
      />
      <button type="submit" className="primary">
        Найти
      </button>
    </form>
  );
}
