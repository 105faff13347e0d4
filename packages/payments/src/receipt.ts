import { badRequest, receiptsEnabled, type Config } from "@kiosk/core";
import type { SessionRow } from "@kiosk/db";
import type { Receipt } from "./providers/types";

/** What the receipt says was sold: the service in the customer's language (at most 128 characters). */
const serviceDescriptions = {
  diagnostics: "Компьютерная диагностика автомобиля (OBD-II)",
  thickness: "Измерение толщины лакокрасочного покрытия автомобиля",
} as const satisfies Record<SessionRow["type"], string>;

/** YooKassa wants a phone as digits only, with the country code: +7 (900) 123-45-67 is 79001234567. */
export const receiptPhone = (phone: string) => phone.replace(/\D/g, "");

/**
 * The 54-FZ receipt for `amount` kopecks of the session's service, or null when
 * receipts are off. The fiscal receipt goes to the session's email, else its
 * phone; a session with neither cannot pay while receipts are on, and is told
 * so before anything reaches the provider.
 */
export function receiptFor(
  config: Pick<Config, "environment" | "payments">,
  session: Pick<SessionRow, "id" | "type" | "contactEmail" | "contactPhone">,
  amount: number,
): Receipt | null {
  if (!receiptsEnabled(config)) return null;
  const customer = session.contactEmail
    ? { email: session.contactEmail }
    : session.contactPhone
      ? { phone: receiptPhone(session.contactPhone) }
      : null;
  if (!customer) {
    throw badRequest("a fiscal receipt (54-FZ) needs the customer's email or phone: add one to the session first", {
      field: "contact",
      sessionId: session.id,
    });
  }
  const { vatCode, taxSystemCode } = config.payments.receipts;
  return {
    customer,
    items: [
      {
        description: serviceDescriptions[session.type],
        quantity: 1,
        amount,
        vatCode,
        paymentSubject: "service",
        paymentMode: "full_payment",
      },
    ],
    ...(taxSystemCode !== undefined ? { taxSystemCode } : {}),
  };
}

/** The receipt of a refund: the payment's receipt for the refunded amount (a return of that service). */
export function refundReceipt(paymentReceipt: Receipt, amount: number): Receipt {
  const [item] = paymentReceipt.items;
  if (!item) return paymentReceipt;
  return { ...paymentReceipt, items: [{ ...item, amount }] };
}
