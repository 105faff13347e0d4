import type { ReactNode } from "react";

/** A failure the operator must read (the server's own words), announced to screen readers. */
export const Failure = ({ text }: { text: string | null }) =>
  text ? (
    <p className="notice notice-failure" role="alert">
      {text}
    </p>
  ) : null;

/** A line that says why a table is empty, rather than an empty table. */
export const Empty = ({ children }: { children: ReactNode }) => <p className="empty">{children}</p>;

/** While the first answer is on its way. */
export const Loading = () => <p className="empty">Загрузка…</p>;
