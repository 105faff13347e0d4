import { useState } from "react";
import { customerMessage } from "../api";
import { Keyboard } from "../input/Keyboard";
import { formatPhone, isValid, normalizeEmail, phoneE164, validateContact, type ContactErrors } from "../input/masks";
import { useKiosk } from "../visit/context";
import type { Service, Vehicle } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { consentText } from "./consent";

/**
 * Where the report goes: an email and/or a phone, typed on the on-screen
 * keyboard, and the consent to personal-data processing the law (152-FZ)
 * requires. Creates the session.
 */
export function Contact({ service, vehicle }: { service: Service; vehicle: Vehicle }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const [email, setEmail] = useState("");
  const [digits, setDigits] = useState("");
  const [consent, setConsent] = useState(false);
  const [field, setField] = useState<"email" | "phone">("email");
  const [shown, setShown] = useState<ContactErrors>({});
  const [fullConsent, setFullConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    const errors = validateContact({ email, phoneDigits: digits, consent });
    setShown(errors);
    if (!isValid(errors)) return;
    setBusy(true);
    setProblem(null);
    const normalized = normalizeEmail(email);
    const phone = phoneE164(digits);
    try {
      const session = await api.sessions.create.mutate({
        type: service,
        contact: { ...(normalized ? { email: normalized } : {}), ...(phone ? { phone } : {}) },
        metadata: vehicle.type
          ? { vehicleType: vehicle.type }
          : { vehicleMake: vehicle.make, vehicleModel: vehicle.model },
      });
      dispatch({ type: "sessionCreated", sessionId: session.id, attempt: crypto.randomUUID() });
    } catch (error) {
      if (!unreachable(error)) setProblem(customerMessage(error));
      setBusy(false);
    }
  }

  const type = (text: string) => {
    if (field === "email") setEmail((email + text).slice(0, 254));
    else setDigits((digits + text.replace(/\D/g, "")).slice(0, 10));
  };
  const erase = () => (field === "email" ? setEmail(email.slice(0, -1)) : setDigits(digits.slice(0, -1)));

  return (
    <Screen
      name="contact"
      title="Куда отправить отчёт?"
      lead="Укажите email, телефон или оба: пришлём PDF-отчёт на почту и SMS"
      actions={
        <>
          <Button kind="secondary" onClick={() => dispatch({ type: "back" })} disabled={busy}>
            Назад
          </Button>
          <Button name="to-payment" onClick={() => void submit()} disabled={busy}>
            {busy ? "Подождите…" : "Перейти к оплате"}
          </Button>
        </>
      }
    >
      <div className="fields">
        <button
          type="button"
          className={`field${field === "email" ? " field-active" : ""}`}
          data-field="email"
          onClick={() => setField("email")}
        >
          <span className="field-label">Email</span>
          <span className="field-value">{email || "\u00a0"}</span>
          {shown.email ? <span className="field-error">{shown.email}</span> : null}
        </button>
        <button
          type="button"
          className={`field${field === "phone" ? " field-active" : ""}`}
          data-field="phone"
          onClick={() => setField("phone")}
        >
          <span className="field-label">Телефон</span>
          <span className="field-value">{digits ? formatPhone(digits) : "+7 (___) ___-__-__"}</span>
          {shown.phone ? <span className="field-error">{shown.phone}</span> : null}
        </button>
      </div>
      {shown.form ? <p className="field-error">{shown.form}</p> : null}
      <Keyboard key={field} mode={field} onText={type} onBackspace={erase} />
      <div className="consent">
        <label className="consent-check">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            data-field="consent"
          />
          <span>Я согласен(на) на обработку персональных данных для отправки отчёта</span>
        </label>
        <button type="button" className="link" onClick={() => setFullConsent(!fullConsent)}>
          {fullConsent ? "Скрыть текст согласия" : "Текст согласия"}
        </button>
        {fullConsent ? <p className="consent-text">{consentText(catalog.companyName)}</p> : null}
        {shown.consent ? <p className="field-error">{shown.consent}</p> : null}
      </div>
      {problem ? <Problem message={problem} /> : null}
    </Screen>
  );
}
