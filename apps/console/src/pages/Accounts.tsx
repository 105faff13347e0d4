import { useState, type FormEvent } from "react";
import type { Answer, ConsoleApi } from "../api";
import { kioskTime } from "../format";
import { useSession, type Role } from "../session";
import { Choice, Field, PasswordField } from "../ui/Field";
import { roleNames } from "../ui/labels";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { LoadedTable } from "../ui/Table";
import { useAction } from "../ui/use-action";
import { useLoad } from "../ui/use-load";

type Account = Answer<ConsoleApi["accounts"]["list"]["query"]>[number];

const roles: Array<{ role: Role; title: string }> = [
  { role: "viewer", title: "наблюдатель: только смотрит" },
  { role: "operator", title: "оператор: возвраты, ячейки, повторные отправки" },
  { role: "admin", title: "администратор: сотрудники и киоски" },
];
const roleTitles = Object.fromEntries(roles.map(({ role, title }) => [role, title]));

/**
 * The admins' accounts page: create one, change its role, disable it, unlock
 * it after too many wrong passwords, give it a new password (a forgotten one).
 */
export function Accounts() {
  const { api, operator } = useSession();
  const accounts = useLoad(() => api.accounts.list.query(), "accounts");
  const action = useAction(accounts.reload);
  const [resetting, setResetting] = useState<string | null>(null);
  const [reset, setReset] = useState<string | null>(null);
  return (
    <Page name="accounts" title="Сотрудники">
      <NewAccount onCreated={accounts.reload} />
      <Failure text={accounts.error ?? action.failure} />
      {reset ? (
        <p className="notice notice-ok" role="status">
          Пароль сотрудника {reset} заменён, его сеансы завершены. Передайте ему новый пароль лично.
        </p>
      ) : null}
      <LoadedTable
        loaded={accounts}
        empty="Сотрудников нет."
        head={
          <tr>
            <th>Почта</th>
            <th>Роль</th>
            <th>Состояние</th>
            <th>Создан</th>
            <th>Действия</th>
          </tr>
        }
        row={(account) => {
          const self = account.id === operator.id;
          return (
            <tr key={account.id} data-account={account.email}>
              <td>{account.email}</td>
              <td>
                <select
                  aria-label={`Роль ${account.email}`}
                  value={account.role}
                  disabled={self || action.busy}
                  onChange={(e) =>
                    action.run(() => api.accounts.update.mutate({ id: account.id, role: e.target.value as Role }))
                  }
                >
                  {roles.map(({ role }) => (
                    <option key={role} value={role}>
                      {roleNames[role]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <AccountState account={account} />
              </td>
              <td>{kioskTime(account.createdAt, null)}</td>
              <td className="row-actions">
                {account.lockedUntil ? (
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() => action.run(() => api.accounts.unlock.mutate({ id: account.id }))}
                  >
                    Разблокировать
                  </button>
                ) : null}
                {self ? null : (
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() =>
                      action.run(() => api.accounts.update.mutate({ id: account.id, disabled: !account.disabledAt }))
                    }
                  >
                    {account.disabledAt ? "Включить" : "Отключить"}
                  </button>
                )}
                {self || resetting === account.id ? null : (
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() => {
                      setReset(null);
                      setResetting(account.id);
                    }}
                  >
                    Сбросить пароль
                  </button>
                )}
                {resetting === account.id ? (
                  <ResetPassword
                    account={account}
                    onDone={(done) => {
                      setResetting(null);
                      if (done) setReset(account.email);
                    }}
                  />
                ) : null}
              </td>
            </tr>
          );
        }}
      />
    </Page>
  );
}

function AccountState({ account }: { account: Account }) {
  if (account.disabledAt) return <span className="badge badge-bad">отключён</span>;
  if (account.lockedUntil)
    return <span className="badge badge-bad">заблокирован до {kioskTime(account.lockedUntil, null)}</span>;
  return <span className="badge badge-ok">активен</span>;
}

/** An admin's new password for `account` (forgotten, or seen by someone): the server checks it as any other. */
function ResetPassword({ account, onDone }: { account: Account; onDone: (reset: boolean) => void }) {
  const { api } = useSession();
  const [password, setPassword] = useState("");
  const action = useAction(() => onDone(true));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(() => api.accounts.resetPassword.mutate({ id: account.id, password }));
  };
  return (
    <form className="action-form reset-password" onSubmit={submit} aria-label={`Новый пароль ${account.email}`}>
      <PasswordField
        label="Новый пароль"
        name="reset-password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={action.busy}>
        Заменить пароль
      </button>
      <button type="button" disabled={action.busy} onClick={() => onDone(false)}>
        Отмена
      </button>
      <Failure text={action.failure} />
    </form>
  );
}

/** A new account: its email, role and first password (the person changes it; the server checks its strength). */
function NewAccount({ onCreated }: { onCreated: () => void }) {
  const { api } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const action = useAction(onCreated);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(
      () => api.accounts.create.mutate({ email, password, role }),
      () => {
        setEmail("");
        setPassword("");
      },
    );
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Новый сотрудник">
      <Field label="Почта" type="email" name="new-email" required value={email} onChange={setEmail} />
      <PasswordField
        label="Пароль"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <Choice
        label="Роль"
        name="new-role"
        value={role}
        onChange={(value) => setRole(value as Role)}
        options={roleTitles}
      />
      <button type="submit" className="primary" disabled={action.busy}>
        Добавить
      </button>
      <Failure text={action.failure} />
    </form>
  );
}
