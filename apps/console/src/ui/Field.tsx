import type { InputHTMLAttributes, ReactNode } from "react";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">;

/** A labelled text input of a form (the label is what a screen reader and a test find it by). */
export function Field({
  label,
  value,
  onChange,
  ...input
}: InputProps & { label: ReactNode; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <input {...input} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** A required password: the one the person has (`current-password`) or a new one, which the browser may offer to make. */
export const PasswordField = (field: {
  label: ReactNode;
  name: string;
  autoComplete: "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
}) => <Field type="password" required {...field} />;

/** A labelled choice of `options` (value → title), with "any" first when `anyTitle` is given. */
export function Choice({
  label,
  name,
  value,
  onChange,
  options,
  anyTitle,
}: {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: Record<string, string>;
  anyTitle?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {anyTitle !== undefined ? <option value="">{anyTitle}</option> : null}
        {Object.entries(options).map(([option, title]) => (
          <option key={option} value={option}>
            {title}
          </option>
        ))}
      </select>
    </label>
  );
}
