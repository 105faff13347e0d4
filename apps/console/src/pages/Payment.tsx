import { kioskTime, rubles } from "../format";
import { mayAct, useSession } from "../session";
import { commandRefreshMs, SentCommands, useKioskCommands } from "../ui/commands";
import { detailsText } from "../ui/details";
import { eventName, paymentStatus, providerName } from "../ui/labels";
import { ExpireSessionForm } from "../ui/KioskActions";
import { Link } from "../ui/Link";
import { Empty, Failure, Loading } from "../ui/Notice";
import { Page } from "../ui/Page";
import { RefundForm } from "../ui/RefundForm";
import { useLoad } from "../ui/use-load";

/** A payment's whole story: its state, every event the kiosk sent of it, its refunds and receipts, the refund action. */
export function Payment({ kioskId, paymentId }: { kioskId: string; paymentId: string }) {
  const { api, operator, timeZoneOf } = useSession();
  const zone = timeZoneOf(kioskId);
  const story = useLoad(
    () => api.fleet.payment.query({ kioskId, paymentId }),
    `${kioskId}/${paymentId}`,
    commandRefreshMs,
  );
  const commands = useKioskCommands(kioskId, (c) => (c.params as { paymentId?: string }).paymentId === paymentId);
  const reload = () => {
    story.reload();
    commands.reload();
  };
  const payment = story.data?.payment;
  const refundable = payment && (payment.status === "confirmed" || payment.status === "partially_refunded");

  return (
    <Page
      name="payment"
      title={
        <>
          Платёж <span className="mono">{paymentId}</span>
        </>
      }
      actions={<Link href={`/payments?kioskId=${encodeURIComponent(kioskId)}`}>← все платежи киоска</Link>}
    >
      <Failure text={story.error} />
      {!story.data ? (
        story.error ? null : (
          <Loading />
        )
      ) : !payment ? (
        <Empty>Такого платежа у киоска {kioskId} нет.</Empty>
      ) : (
        <>
          <dl className="facts">
            <dt>Киоск</dt>
            <dd>{kioskId}</dd>
            <dt>Состояние</dt>
            <dd data-status={payment.status}>{paymentStatus(payment.status)}</dd>
            <dt>Сумма</dt>
            <dd>{rubles(payment.amount)}</dd>
            <dt>Возвращено</dt>
            <dd data-refunded={payment.refundedAmount}>{rubles(payment.refundedAmount)}</dd>
            <dt>Создан</dt>
            <dd>{kioskTime(payment.createdAt, zone)}</dd>
            <dt>Оплачен</dt>
            <dd>{kioskTime(payment.confirmedAt, zone)}</dd>
            <dt>Провайдер</dt>
            <dd>{providerName(payment.provider)}</dd>
            <dt>Сеанс</dt>
            <dd className="mono">{payment.sessionId}</dd>
          </dl>
          {refundable ? (
            <section>
              <h2>Возврат</h2>
              <RefundForm
                kioskId={kioskId}
                paymentId={paymentId}
                left={payment.amount - payment.refundedAmount}
                onSent={reload}
              />
            </section>
          ) : null}
          {mayAct(operator, "operator") ? (
            <section>
              <h2>Сеанс клиента</h2>
              <p className="lead">
                Клиент ушёл, а киоск всё ещё держит его сеанс? Завершите сеанс: киоск освободится для следующего
                клиента.
              </p>
              <ExpireSessionForm kioskId={kioskId} sessionId={payment.sessionId} />
            </section>
          ) : null}
          <SentCommands title="Команды киоску" commands={commands.data} />
          <section>
            <h2>История</h2>
            {story.data.events.length === 0 ? (
              <Empty>Событий нет.</Empty>
            ) : (
              <ol className="story">
                {story.data.events.map((event) => (
                  <li key={event.eventId} data-event={event.event}>
                    <time>{kioskTime(event.at, zone)}</time>
                    <span className="story-event">{eventName(event.event)}</span>
                    <EventDetails details={event.details} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

/** The event's details as the kiosk masked them (a refund's amount, a receipt's id). */
function EventDetails({ details }: { details: Record<string, unknown> }) {
  const text = detailsText(details);
  return text ? <span className="story-details small muted">{text}</span> : null;
}
