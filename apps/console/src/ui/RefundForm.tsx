import { useState, type FormEvent } from "react";
import { kopecksOf, rubles } from "../format";
import { mayAct, useSession } from "../session";
import { useSendCommand } from "./commands";
import { Field } from "./Field";
import { Failure } from "./Notice";

/**
 * An operator's refund of a payment: all that is left (the amount field empty)
 * or part of it. The command waits in the kiosk's queue; the kiosk's YooKassa
 * account does the refund, and the payment shows it once the kiosk reports back.
 * Not offered to a viewer.
 */
export function RefundForm({
  kioskId,
  paymentId,
  left,
  onSent,
}: {
  kioskId: string;
  paymentId: string;
  /** Kopecks that may still go back, when known: the form refuses more before asking the server. */
  left?: number;
  onSent: () => void;
}) {
  const { operator } = useSession();
  const [amount, setAmount] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const command = useSendCommand(() => {
    setAmount("");
    onSent();
  });
  if (!mayAct(operator, "operator")) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kopecks = amount.trim() ? kopecksOf(amount) : undefined;
    if (kopecks === null || kopecks === 0) return setProblem("Сумма: число рублей, копейки через запятую (100,50).");
    if (kopecks !== undefined && left !== undefined && kopecks > left) {
      return setProblem(`Вернуть можно не больше ${rubles(left)}.`);
    }
    setProblem(null);
    command.send({ kioskId, kind: "refund", params: { paymentId, ...(kopecks ? { amount: kopecks } : {}) } });
  };

  return (
    <form className="action-form" onSubmit={submit} aria-label="Возврат">
      <Field
        label="Сумма возврата, ₽"
        name="refund-amount"
        inputMode="decimal"
        placeholder={left !== undefined ? `всё: ${rubles(left)}` : "всё оставшееся"}
        value={amount}
        onChange={setAmount}
      />
      <button type="submit" className="danger" disabled={command.busy}>
        Вернуть деньги
      </button>
      <Failure text={problem ?? command.failure} />
    </form>
  );
}
