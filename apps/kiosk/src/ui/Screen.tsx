import type { ReactNode } from "react";
import type { Step } from "../visit/machine";

interface ScreenProps {
  /** The screen's name: a contract with monitoring and the browser tests (data-screen). */
  name: Step | "unavailable" | "loading";
  title?: string;
  /** A line under the title. */
  lead?: string;
  children?: ReactNode;
  /** Buttons along the bottom edge, where a thumb reaches them. */
  actions?: ReactNode;
}

/** The frame every screen shares: title at the top, content, actions at the bottom. */
export function Screen({ name, title, lead, children, actions }: ScreenProps) {
  return (
    <main className={`screen screen-${name}`} data-screen={name}>
      {title ? (
        <header className="screen-header">
          <h1>{title}</h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </header>
      ) : null}
      <section className="screen-body">{children}</section>
      {actions ? <footer className="screen-actions">{actions}</footer> : null}
    </main>
  );
}

interface ButtonProps {
  children: ReactNode;
  onClick: () => void;
  kind?: "primary" | "secondary" | "quiet";
  disabled?: boolean;
  name?: string;
}

export function Button({ children, onClick, kind = "primary", disabled = false, name }: ButtonProps) {
  return (
    <button type="button" className={`button button-${kind}`} onClick={onClick} disabled={disabled} data-action={name}>
      {children}
    </button>
  );
}

/**
 * Something went wrong: what, in words a customer understands, and a way on. A
 * `hint` is something the customer can put right themselves (the ignition), not a fault.
 */
export function Problem({
  message,
  children,
  tone = "error",
}: {
  message: string;
  children?: ReactNode;
  tone?: "error" | "hint";
}) {
  return (
    <div className={`problem problem-${tone}`} role="alert">
      <p>{message}</p>
      {children ? <div className="problem-actions">{children}</div> : null}
    </div>
  );
}
