import { useState, type FormEvent } from "react";
import { dayStart, kioskTime, kopecksOf, rubles } from "../format";
import { navigate, paymentHref } from "../routes";
import { useSession } from "../session";
import { paymentStatus, paymentStatuses, providerName } from "../ui/labels";
import { Link } from "../ui/Link";
import { Empty, Failure, Loading } from "../ui/Notice";
import { Page } from "../ui/Page";
import { useLoad } from "../ui/use-load";
import { KioskSelect } from "../ui/KioskSelect";

const day = 24 * 60 * 60_000;

/** The search is in the address (`?kioskId=…&status=…&from=YYYY-MM-DD&to=…&amount=450,00`): a link to it shows the same rows. */
export function Payments({ query }: { query: URLSearchParams }) {
  const { api, timeZoneOf } = useSession();
  const kioskId = query.get("kioskId") ?? "";
  const status = query.get("status") ?? "";
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const amount = query.get("amount") ?? "";
  const zone = timeZoneOf(kioskId);
  const fromMs = dayStart(from, zone);
  const toDay = dayStart(to, zone);
  const kopecks = amount ? kopecksOf(amount) : null;
  const filter = {
    ...(kioskId ? { kioskId } : {}),
    ...(status ? { status } : {}),
    ...(fromMs !== undefined ? { from: fromMs } : {}),
    ...(toDay !== undefined ? { to: toDay + day - 1 } : {}),
    // An amount typed is that exact amount charged: both ends of the range at it.
    ...(kopecks !== null ? { minAmount: kopecks, maxAmount: kopecks } : {}),
  };
  const payments = useLoad(() => api.fleet.payments.query(filter), JSON.stringify(filter));
  const rows = payments.data;

  return (
    <Page name="payments" title="Платежи">
      <PaymentSearch key={query.toString()} initial={{ kioskId, status, from, to, amount }} />
      {amount && kopecks === null ? <Failure text="Сумма: число рублей, копейки через запятую (450,00)." /> : null}
      <Failure text={payments.error} />
      {!rows ? (
        payments.error ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <Empty>Платежей с такими условиями нет.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>Создан</th>
                <th>Киоск</th>
                <th>Платёж</th>
                <th>Состояние</th>
                <th className="number">Сумма</th>
                <th className="number">Возвращено</th>
                <th>Провайдер</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((payment) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

type Search = Record<"kioskId" | "status" | "from" | "to" | "amount", string>;

function PaymentSearch({ initial }: { initial: Search }) {
  const [search, setSearch] = useState(initial);
  const set = (key: keyof Search) => (value: string) => setSearch((s) => ({ ...s, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(Object.entries(search).filter(([, value]) => value !== ""));
    navigate(`/payments${params.size ? `?${params.toString()}` : ""}`);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Поиск платежей">
      <label>
        Киоск
        <KioskSelect value={search.kioskId} onChange={set("kioskId")} />
      </label>
      <label>
        Состояние
        <select name="status" value={search.status} onChange={(e) => set("status")(e.target.value)}>
          <option value="">любое</option>
          {Object.entries(paymentStatuses).map(([value, title]) => (
            <option key={value} value={value}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        С
        <input type="date" name="from" value={search.from} onChange={(e) => set("from")(e.target.value)} />
      </label>
      <label>
        По
        <input type="date" name="to" value={search.to} onChange={(e) => set("to")(e.target.value)} />
      </label>
      <label>
        Сумма, ₽
        <input
          name="amount"
          inputMode="decimal"
          placeholder="450,00"
          value={search.amount}
          onChange={(e) => set("amount")(e.target.value)}
        />
      </label>
      <button type="submit" className="primary">
        Найти
      </button>
    </form>
  );
}
