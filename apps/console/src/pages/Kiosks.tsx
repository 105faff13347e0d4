import { useState, type FormEvent } from "react";
import type { Answer, ConsoleApi } from "../api";
import { kioskTime } from "../format";
import { useSession } from "../session";
import { SentCommands, useKioskCommands } from "../ui/commands";
import { Field } from "../ui/Field";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { LoadedTable } from "../ui/Table";
import { useAction } from "../ui/use-action";
import { useLoad } from "../ui/use-load";

type EnrollCode = Answer<ConsoleApi["kiosks"]["create"]["mutate"]>;
type Kiosk = Answer<ConsoleApi["kiosks"]["list"]["query"]>[number];

/** Where a kiosk stands with its credential: revoked for good, enrolled (or on a legacy token), or waiting for its code. */
const credentialOf = (kiosk: Kiosk) =>
  kiosk.revokedAt ? "revoked" : kiosk.enrolled ? "enrolled" : kiosk.legacy ? "legacy" : "waiting";

function CredentialState({ kiosk, zone }: { kiosk: Kiosk; zone: string }) {
  switch (credentialOf(kiosk)) {
    case "revoked":
      return <span className="badge badge-bad">отозван {kioskTime(kiosk.revokedAt, zone)}</span>;
    case "enrolled":
      return <span className="badge badge-ok">подключён</span>;
    case "legacy":
      return <span className="badge badge-pending">по токену из BACKOFFICE_KIOSK_TOKENS</span>;
    case "waiting":
      return (
        <span className="badge badge-pending">
          ждёт код{kiosk.enrollCodeExpiresAt ? ` до ${kioskTime(kiosk.enrollCodeExpiresAt, zone)}` : ""}
        </span>
      );
  }
}

/**
 * The admins' kiosks: add one (its one-time enrollment code is shown once, for
 * the kiosk's FLEET_ENROLL_CODE), a new code, revoke, rotate its credential;
 * and every command sent to the fleet with its state.
 */
export function Kiosks() {
  const { api, timeZoneOf } = useSession();
  const kiosks = useLoad(() => api.kiosks.list.query(), "kiosks", 10_000);
  const commands = useKioskCommands(undefined);
  const [code, setCode] = useState<EnrollCode | null>(null);
  const action = useAction(kiosks.reload);
  return (
    <Page name="kiosks" title="Управление киосками">
      <NewKiosk
        onCreated={(answer) => {
          setCode(answer);
          kiosks.reload();
        }}
      />
      {code ? <EnrollCodeCard code={code} onClose={() => setCode(null)} /> : null}
      <Failure text={kiosks.error ?? action.failure} />
      <LoadedTable
        loaded={kiosks}
        empty="Киосков нет. Добавьте первый: форма выше."
        head={
          <tr>
            <th>Киоск</th>
            <th>Подключение</th>
            <th>Добавлен</th>
            <th>Действия</th>
          </tr>
        }
        row={(kiosk) => (
          <tr key={kiosk.kioskId} data-kiosk={kiosk.kioskId}>
            <td>
              {kiosk.name ?? kiosk.kioskId}
              {kiosk.name ? <div className="muted small">{kiosk.kioskId}</div> : null}
            </td>
            <td data-credential={credentialOf(kiosk)}>
              <CredentialState kiosk={kiosk} zone={timeZoneOf(kiosk.kioskId)} />
            </td>
            <td>{kioskTime(kiosk.createdAt, timeZoneOf(kiosk.kioskId))}</td>
            <td className="row-actions">
              <button
                type="button"
                disabled={action.busy}
                onClick={() => action.run(() => api.kiosks.newEnrollCode.mutate({ kioskId: kiosk.kioskId }), setCode)}
              >
                Новый код
              </button>
              {kiosk.revokedAt ? null : (
                <>
                  <button
                    type="button"
                    disabled={action.busy || !(kiosk.enrolled || kiosk.legacy)}
                    onClick={() => action.run(() => api.kiosks.rotate.mutate({ kioskId: kiosk.kioskId }))}
                  >
                    Сменить ключ
                  </button>
                  <button
                    type="button"
                    className="danger"
                    disabled={action.busy}
                    onClick={() => action.run(() => api.kiosks.revoke.mutate({ kioskId: kiosk.kioskId }))}
                  >
                    Отозвать
                  </button>
                </>
              )}
            </td>
          </tr>
        )}
      />
      <SentCommands title="Команды киоскам" commands={commands.data} showKiosk empty="Команд ещё не было." />
    </Page>
  );
}

/** The one-time code, shown once: the kiosk's installer types it into FLEET_ENROLL_CODE. */
function EnrollCodeCard({ code, onClose }: { code: EnrollCode; onClose: () => void }) {
  return (
    <section className="enroll-card" aria-live="polite">
      <p>
        Код подключения киоска <b>{code.kioskId}</b> (показывается один раз, действует до{" "}
        {kioskTime(code.expiresAt, null)}):
      </p>
      <code className="enroll-code" data-enroll-code={code.enrollCode}>
        {code.enrollCode}
      </code>
      <p className="small muted">
        На киоске: <span className="mono">FLEET_ENROLL_CODE={code.enrollCode}</span> при первом запуске.
      </p>
      <button type="button" onClick={onClose}>
        Код записан
      </button>
    </section>
  );
}

function NewKiosk({ onCreated }: { onCreated: (code: EnrollCode) => void }) {
  const { api } = useSession();
  const [kioskId, setKioskId] = useState("");
  const [name, setName] = useState("");
  const action = useAction(() => {
    setKioskId("");
    setName("");
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(() => api.kiosks.create.mutate({ id: kioskId, name }), onCreated);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Новый киоск">
      <Field
        label="Идентификатор"
        name="kioskId"
        required
        placeholder="kiosk-12"
        value={kioskId}
        onChange={setKioskId}
      />
      <Field label="Название" name="name" required placeholder="Москва, Ленинский 10" value={name} onChange={setName} />
      <button type="submit" className="primary" disabled={action.busy}>
        Добавить киоск
      </button>
      <Failure text={action.failure} />
    </form>
  );
}
