import { useState, type FormEvent } from "react";
import { failureText, type Answer, type ConsoleApi } from "../api";
import { Field, PasswordField } from "../ui/Field";
import { Failure } from "../ui/Notice";

type SignedIn = Answer<ConsoleApi["auth"]["login"]["mutate"]>;

/** Email and password; a refusal (wrong password, a locked account) shows the server's own message. */
export function Login({ api, onSignedIn }: { api: ConsoleApi; onSignedIn: (answer: SignedIn) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    api.auth.login.mutate({ email, password }).then(onSignedIn, (error: unknown) => {
      setBusy(false);
      setFailure(failureText(error));
    });
  };

  return (
    <main className="login" data-page="login">
      <form className="login-form" onSubmit={submit}>
        <h1>Консоль автосервиса</h1>
        <Field
          label="Электронная почта"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <PasswordField
          label="Пароль"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <Failure text={failure} />
        <button type="submit" className="primary" disabled={busy}>
          Войти
        </button>
      </form>
    </main>
  );
}
