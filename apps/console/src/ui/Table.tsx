import type { ReactNode } from "react";
import type { Loaded } from "./use-load";
import { Empty, Loading } from "./Notice";

/** A table in its box (a wide one scrolls inside it); `head` is the header's rows. */
export function Table({ head, className, children }: { head: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className={className}>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * Loaded rows as a table, a row each: loading until the first answer, `empty`
 * when there are none. A failure shows nothing here: the page says it (with its
 * own actions' failures) in one place above.
 */
export function LoadedTable<T>({
  loaded,
  empty,
  head,
  row,
}: {
  loaded: Loaded<T[]>;
  empty: ReactNode;
  head: ReactNode;
  row: (item: T) => ReactNode;
}) {
  const rows = loaded.data;
  if (!rows) return loaded.error ? null : <Loading />;
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  return <Table head={head}>{rows.map(row)}</Table>;
}
