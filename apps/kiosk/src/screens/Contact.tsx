import { useState } from "react";
import { customerMessage } from "../api";
import { Keyboard } from "../input/Keyboard";
import { formatPhone, isValid, normalizeEmail, phoneE164, validateContact, type ContactErrors } from "../input/masks";
import { useKiosk } from "../visit/context";
import type { Service, Vehicle } from "../visit/machine";
import { Button, Problem, Screen } from "../ui/Screen";
import { consentText } from "./consent";

/** How the customer takes the report: by a message, or (with links on) only by the done screen's QR code. */
type ReportBy = "message" | "qr";

/**
 * Where the report goes: an email and/or a phone, typed on the on-screen
 * keyboard, and the consent to personal-data processing the law (152-FZ)
 * requires. With report links on, "only the QR code" instead: no contact at all,
 * so nothing to consent to. Creates the session.
 */
export function Contact({ service, vehicle }: { service: Service; vehicle: Vehicle }) {
  const { api, catalog, dispatch, unreachable } = useKiosk();
  const [email, setEmail] = useState("");
  const [digits, setDigits] = useState("");
  const [consent, setConsent] = useState(false);
  const [reportBy, setReportBy] = useState<ReportBy>("message");
  const [field, setField] = useState<"email" | "phone">("email");
  const [shown, setShown] = useState<ContactErrors>({});
  const [fullConsent, setFullConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const qrOnly = catalog.reports.qrOnly && reportBy === "qr";

  async function submit() {
    const errors = qrOnly ? {} : validateContact({ email, phoneDigits: digits, consent });
    setShown(errors);
    if (!isValid(errors)) return;
    setBusy(true);
    setProblem(null);
    const normalized = normalizeEmail(email);
    const phone = phoneE164(digits);
    try {
      const session = await api.sessions.create.mutate({
        type: service,
        // Only the QR code: no contact at all (what was typed before the switch is not sent).
        ...(qrOnly ? {} : { contact: { ...(normalized ? { email: normalized } : {}), ...(phone ? { phone } : {}) } }),
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

  const choose = (way: ReportBy) => {
    setReportBy(way);
    setShown({});
  };

  return (
    <Screen
      name="contact"
      title={catalog.reports.qrOnly ? "Как получить отчёт?" : "Куда отправить отчёт?"}
      lead={
        !catalog.reports.qrOnly
          ? "Укажите email, телефон или оба: пришлём PDF-отчёт на почту и SMS"
          : qrOnly
            ? "Без почты и телефона: отчёт откроется на вашем телефоне по QR-коду"
            : "Укажите email, телефон или оба: пришлём PDF-отчёт, а в конце покажем QR-код со ссылкой"
      }
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
      {catalog.reports.qrOnly ? <ReportByChoice chosen={reportBy} onChoose={choose} /> : null}
      {qrOnly ? (
        <div className="qr-only" data-qr-only>
          <p>
            Когда отчёт будет готов, на экране появится <span className="nowrap">QR-код</span>.
          </p>
          <p>Наведите на него камеру телефона: откроется страница с отчётом и кнопкой «Скачать PDF».</p>
        </div>
      ) : (
        <>
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
        </>
      )}
      {problem ? <Problem message={problem} /> : null}
    </Screen>
  );
}

/** The two ways to take the report, side by side: a message, or only the QR code on the done screen. */
function ReportByChoice({ chosen, onChoose }: { chosen: ReportBy; onChoose: (way: ReportBy) => void }) {
  const ways: Array<[ReportBy, string]> = [
    ["message", "На почту или SMS"],
    ["qr", "Только QR-код"],
  ];
  return (
    <div className="report-by" role="radiogroup" aria-label="Как получить отчёт">
      {ways.map(([way, title]) => (
        <button
          key={way}
          type="button"
          role="radio"
          aria-checked={chosen === way}
          className={`chip${chosen === way ? " chip-on" : ""}`}
          data-report-by={way}
          onClick={() => onChoose(way)}
        >
          {title}
        </button>
      ))}
    </div>
  );
}
