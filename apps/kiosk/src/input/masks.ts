/**
 * What the customer types, as the agent wants it. A Russian kiosk's customers
 * write phones as 8 900 …, +7 900 … or 900 …: all become +79001234567.
 */

/** The phone's digits after the country code 7, at most ten. */
export function phoneDigits(typed: string): string {
  let digits = typed.replace(/\D/g, "");
  if (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("8"))) digits = digits.slice(1);
  else if (digits.startsWith("7") && typed.trim().startsWith("+")) digits = digits.slice(1);
  return digits.slice(0, 10);
}

/** The mask as the screen shows it while typing: +7 (900) 123-45-67, blanks as underscores. */
export function formatPhone(digits: string): string {
  const d = digits.padEnd(10, "_");
  return `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8, 10)}`;
}

/** E.164 once all ten digits are there, else null. */
export const phoneE164 = (digits: string): string | null =>
  /^9\d{9}$|^[3-8]\d{9}$/.test(digits) ? `+7${digits}` : null;

const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** An email as stored: trimmed, lower-case (the on-screen keyboard has no reason for capitals). */
export const normalizeEmail = (typed: string) => typed.trim().toLowerCase().slice(0, 254);

export interface ContactInput {
  email: string;
  phoneDigits: string;
  consent: boolean;
}

export interface ContactErrors {
  email?: string;
  phone?: string;
  consent?: string;
  form?: string;
}

/** Russian messages a customer understands, one per field; empty when the contact is good to send. */
export function validateContact(input: ContactInput): ContactErrors {
  const errors: ContactErrors = {};
  const email = normalizeEmail(input.email);
  if (email && !emailPattern.test(email)) {
    errors.email = "Проверьте адрес: нужен символ @ и домен, например ivan@mail.ru";
  }
  if (input.phoneDigits && !phoneE164(input.phoneDigits)) {
    errors.phone =
      input.phoneDigits.length < 10
        ? `В номере не хватает цифр: нужно 10 после +7, введено ${input.phoneDigits.length}`
        : "Проверьте номер: мобильный начинается с 9, например +7 (912) 345-67-89";
  }
  if (!email && !input.phoneDigits) errors.form = "Укажите email или номер телефона: туда придёт отчёт";
  if (!input.consent) errors.consent = "Без согласия на обработку персональных данных мы не сможем отправить отчёт";
  return errors;
}

export const isValid = (errors: ContactErrors) => Object.keys(errors).length === 0;
