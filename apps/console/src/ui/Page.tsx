import type { ReactNode } from "react";
import type { PageName } from "../routes";

/** A page of the console: its `data-page` (what tests and screenshots find it by), title and body. */
export function Page({
  name,
  title,
  actions,
  children,
}: {
  name: PageName;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="page" data-page={name}>
      <header className="page-head">
        <h1>{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </main>
  );
}
