import { useState, type FormEvent } from "react";
import { useSession } from "../session";
import { PasswordField } from "../ui/Field";
import { roleNames } from "../ui/labels";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { useAction } from "../ui/use-action";

/** The signed-in person's own account: who they are, a new password, and signing out on every device. */
export function Account() {
  const { operator } = useSession();
  return (
    <Page name="account" title="Ваша учётная запись">
      <dl className="facts">
        <dt>Почта</dt>
        <dd>{operator.email}</dd>
        <dt>Роль</dt>
        <dd>{roleNames[operator.role]}</dd>
      </dl>
      <ChangePassword />
      <LogoutEverywhere />
    </Page>
  );
}

/** The current password and the new one twice; the server's rules (length, guessable words) answer in its words. */
function ChangePassword() {
  const { api } = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    if (next !== again) return setProblem("Новый пароль и его повтор не совпадают.");
    setProblem(null);
    action.run(
      () => api.auth.changePassword.mutate({ current, next }),
      () => {
        setCurrent("");
        setNext("");
        setAgain("");
        setChanged(true);
      },
    );
  };
  return (
    <section>
      <h2>Сменить пароль</h2>
      <p className="lead">
        Не меньше 12 символов; лучше фраза из нескольких необычных слов. После смены остальные ваши сеансы завершатся,
        этот останется.
      </p>
      <form className="filters" onSubmit={submit} aria-label="Сменить пароль">
        <PasswordField
          label="Текущий пароль"
          name="current-password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
        <PasswordField
          label="Новый пароль"
          name="new-password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
        />
        <PasswordField
          label="Новый пароль ещё раз"
          name="new-password-again"
          autoComplete="new-password"
          value={again}
          onChange={setAgain}
        />
        <button type="submit" className="primary" disabled={action.busy}>
          Сменить пароль
        </button>
        <Failure text={problem ?? action.failure} />
        {changed ? (
          <p className="notice notice-ok" role="status">
            Пароль изменён. Остальные ваши сеансы завершены.
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** Ends every session of the person, this one too: a lost laptop, a password seen over a shoulder. */
function LogoutEverywhere() {
  const { api, signedOut } = useSession();
  const action = useAction(signedOut);
  return (
    <section>
      <h2>Выйти на всех устройствах</h2>
      <p className="lead">
        Завершает все ваши сеансы консоли, на всех компьютерах и планшетах, и этот тоже: войти придётся заново.
      </p>
      <button
        type="button"
        className="danger"
        disabled={action.busy}
        onClick={() => action.run(() => api.auth.logoutEverywhere.mutate())}
      >
        Выйти на всех устройствах
      </button>
      <Failure text={action.failure} />
    </section>
  );
}
