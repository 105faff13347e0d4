import { useEffect, useState } from "react";
import { customerMessage, kioskApiError, type Payment as PaymentView } from "../api";
import { priceOf, useKiosk } from "../visit/context";
import { paysForService, type Visit } from "../visit/machine";
import { QrCode } from "../ui/QrCode";
import { Button, Problem, Screen } from "../ui/Screen";
import { formatCountdown, formatRubles, serviceTitles } from "../ui/format";

type PaymentVisit = Extract<Visit, { step: "payment" }>;

const endings = {
  declined: "Оплата не прошла: банк отклонил платёж. Можно попробовать ещё раз — тем же или другим банком.",
  expired: "Время на оплату истекло.",
  failed: "Оплата отменена.",
} as const;

/**
 * The QR code to pay, the amount, a countdown to the intent's expiry, and the
 * status pushed live by the agent (payments.onStatus, no polling).
 */
export function Payment({ visit }: { visit: PaymentVisit }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const [payment, setPayment] = useState<PaymentView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [tries, setTries] = useState(0);
  const amount = priceOf(catalog, visit.service, visit.vehicle.type);

  // A new attempt: create the intent (its idempotency key makes a replay after a reload safe).
  useEffect(() => {
    if (visit.phase !== "creating") return;
    let live = true;
    setPayment(null);
    setProblem(null);
    api.payments.createIntent
      .mutate({ sessionId: visit.sessionId, amount, currency: "RUB", idempotencyKey: visit.attempt })
      .then((created) => {
        if (!live) return;
        setPayment(created);
        dispatch({ type: "intentCreated", paymentId: created.id });
      })
      .catch((error: unknown) => {
        if (live && !unreachable(error)) setProblem(customerMessage(error));
      });
    return () => {
      live = false;
    };
  }, [api, amount, dispatch, unreachable, visit.attempt, visit.phase, visit.sessionId, tries]);

  // The status, live: the current state first, then every change until it settles.
  useEffect(() => {
    if (visit.phase !== "pending" || !visit.paymentId) return;
    const subscription = api.payments.onStatus.subscribe(
      { id: visit.paymentId },
      {
        onData: ({ data }) => {
          setPayment(data);
          dispatch({ type: "paymentStatus", status: data.status });
        },
        onError: (error) => void unreachable(error),
      },
    );
    return () => subscription.unsubscribe();
  }, [api, dispatch, unreachable, visit.paymentId, visit.phase]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  async function cancel() {
    setBusy(true);
    try {
      if (visit.paymentId && visit.phase === "pending") {
        const after = await api.payments.cancel.mutate({ id: visit.paymentId });
        if (paysForService(after.status)) {
          dispatch({ type: "paymentStatus", status: after.status }); // paid a moment ago: the service goes on
          return;
        }
      }
      await api.sessions.cancel.mutate({ id: visit.sessionId }).catch((error: unknown) => {
        if (kioskApiError(error)?.code !== "CONFLICT") throw error;
      });
      dispatch({ type: "reset" });
    } catch (error) {
      if (!unreachable(error)) setProblem(customerMessage(error));
    } finally {
      setBusy(false);
    }
  }

  const ended = visit.phase === "declined" || visit.phase === "expired" || visit.phase === "failed";
  return (
    <Screen
      name="payment"
      title="Оплата по QR-коду"
      lead={`${serviceTitles[visit.service]} — ${formatRubles(amount)}`}
      actions={
        <>
          <Button kind="secondary" name="cancel" onClick={() => void cancel()} disabled={busy}>
            Отменить
          </Button>
          {ended ? (
            <Button name="retry" onClick={() => dispatch({ type: "retryPayment", attempt: crypto.randomUUID() })}>
              Попробовать снова
            </Button>
          ) : null}
        </>
      }
    >
      {ended ? (
        <Problem message={endings[visit.phase as keyof typeof endings]} />
      ) : problem ? (
        <Problem message={problem}>
          <Button kind="secondary" onClick={() => setTries(tries + 1)}>
            Повторить
          </Button>
        </Problem>
      ) : payment?.qrCodeData ? (
        <div className="pay">
          <QrCode text={payment.qrCodeData} label={`QR-код для оплаты ${formatRubles(payment.amount)}`} />
          <div className="pay-info">
            <p className="pay-amount" data-amount={payment.amount}>
              {formatRubles(payment.amount)}
            </p>
            <p>Откройте приложение банка или камеру телефона и наведите на QR-код.</p>
            <p className="pay-countdown" data-countdown>
              Код действует ещё {formatCountdown(payment.expiresAt - now)}
            </p>
            <p className="pay-status" data-status={payment.status}>
              Ждём оплату…
            </p>
            {catalog.environment === "DEV" ? (
              <p className="demo-note">ДЕМО: оплата подтвердится сама через пару секунд</p>
            ) : null}
          </div>
        </div>
      ) : (
        <p className="waiting">Готовим QR-код…</p>
      )}
    </Screen>
  );
}
