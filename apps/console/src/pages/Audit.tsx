import { useState, type FormEvent } from "react";
import { dayStart, kioskTime } from "../format";
import { navigate, paymentHref } from "../routes";
import { useSession } from "../session";
import { detailsText } from "../ui/details";
import { consoleActionName, consoleActionNames, eventName, eventNames } from "../ui/labels";
import { KioskSelect } from "../ui/KioskSelect";
import { Link } from "../ui/Link";
import { Empty, Failure, Loading } from "../ui/Notice";
import { Page } from "../ui/Page";
import { useLoad } from "../ui/use-load";

const day = 24 * 60 * 60_000;

type Search = Record<"source" | "kioskId" | "event" | "entityId" | "from" | "to", string>;

/**
 * Who did what: the kiosks' own events (`?source=kiosks`, the default) or the
 * console's actions (`?source=console`: sign-ins, accounts, kiosks, commands),
 * searched by kiosk, event, entity and day; the search lives in the address.
 */
export function Audit({ query }: { query: URLSearchParams }) {
  const search: Search = {
    source: query.get("source") === "console" ? "console" : "kiosks",
    kioskId: query.get("kioskId") ?? "",
    event: query.get("event") ?? "",
    entityId: query.get("entityId") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
  };
  return (
    <Page name="audit" title="Журнал">
      <AuditSearch key={query.toString()} initial={search} />
      {search.source === "console" ? <ConsoleActions search={search} /> : <KioskEvents search={search} />}
    </Page>
  );
}

function rangeOf(search: Search, zone: string) {
  const from = dayStart(search.from, zone);
  const to = dayStart(search.to, zone);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to: to + day - 1 } : {}) };
}

function KioskEvents({ search }: { search: Search }) {
  const { api, timeZoneOf } = useSession();
  const filter = {
    ...(search.kioskId ? { kioskId: search.kioskId } : {}),
    ...(search.event ? { event: search.event } : {}),
    ...(search.entityId ? { entityId: search.entityId } : {}),
    ...rangeOf(search, timeZoneOf(search.kioskId)),
  };
  const events = useLoad(() => api.fleet.audit.query(filter), JSON.stringify(filter));
  const rows = events.data;
  if (events.error) return <Failure text={events.error} />;
  if (!rows) return <Loading />;
  if (rows.length === 0) return <Empty>Событий с такими условиями нет.</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Когда</th>
            <th>Киоск</th>
            <th>Событие</th>
            <th>Объект</th>
            <th>Подробности</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kioskId}/${row.eventId}`} data-event={row.event}>
              <td className="nowrap">{kioskTime(row.occurredAt, timeZoneOf(row.kioskId))}</td>
              <td className="nowrap">{row.kioskId}</td>
              <td>{eventName(row.event)}</td>
              <td className="mono small nowrap">
                {row.entityType === "payment" ? (
                  <Link href={paymentHref(row.kioskId, row.entityId)}>{row.entityId}</Link>
                ) : (
                  row.entityId
                )}
              </td>
              <td className="small muted">{detailsText(row.payload.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConsoleActions({ search }: { search: Search }) {
  const { api, timeZoneOf } = useSession();
  const range = rangeOf(search, timeZoneOf(search.kioskId));
  const filter = {
    ...(search.kioskId ? { kioskId: search.kioskId } : {}),
    ...(search.event ? { action: search.event } : {}),
    ...(range.from !== undefined ? { from: range.from } : {}),
    ...(range.to !== undefined ? { to: range.to } : {}),
  };
  const actions = useLoad(() => api.accounts.actions.query(filter), `console:${JSON.stringify(filter)}`);
  const rows = actions.data;
  if (actions.error) return <Failure text={actions.error} />;
  if (!rows) return <Loading />;
  if (rows.length === 0) return <Empty>Действий с такими условиями нет.</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Когда</th>
            <th>Кто</th>
            <th>Действие</th>
            <th>Киоск</th>
            <th>Объект</th>
            <th>Подробности</th>
            <th>Адрес</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-action={row.action}>
              <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId ?? ""))}</td>
              <td>{row.operatorEmail ?? "—"}</td>
              <td title={row.action}>{consoleActionName(row.action)}</td>
              <td>{row.kioskId ?? "—"}</td>
              <td className="mono small">{row.target ?? "—"}</td>
              <td className="small muted">{detailsText(row.details)}</td>
              <td className="small">{row.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditSearch({ initial }: { initial: Search }) {
  const [search, setSearch] = useState(initial);
  const set = (key: keyof Search) => (value: string) => setSearch((s) => ({ ...s, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(
      Object.entries(search).filter(([key, value]) => value !== "" && !(key === "source" && value === "kiosks")),
    );
    navigate(`/audit${params.size ? `?${params.toString()}` : ""}`);
  };
  const kiosks = search.source === "kiosks";
  return (
    <form className="filters" onSubmit={submit} aria-label="Поиск в журнале">
      <label>
        Чей журнал
        <select
          name="source"
          value={search.source}
          onChange={(e) => {
            // A kiosk's events and the console's actions have names of their own: the choice starts over.
            const source = e.target.value;
            setSearch((s) => ({ ...s, source, event: "" }));
          }}
        >
          <option value="kiosks">события киосков</option>
          <option value="console">действия в консоли</option>
        </select>
      </label>
      <label>
        Киоск
        <KioskSelect value={search.kioskId} onChange={set("kioskId")} />
      </label>
      <label>
        {kiosks ? "Событие" : "Действие"}
        <select name="event" value={search.event} onChange={(e) => set("event")(e.target.value)}>
          <option value="">любое</option>
          {Object.entries(kiosks ? eventNames : consoleActionNames).map(([value, title]) => (
            <option key={value} value={value}>
              {title}
            </option>
          ))}
        </select>
      </label>
      {kiosks ? (
        <label>
          Объект (id)
          <input
            name="entityId"
            placeholder="pay_…"
            value={search.entityId}
            onChange={(e) => set("entityId")(e.target.value)}
          />
        </label>
      ) : null}
      <label>
        С
        <input type="date" name="from" value={search.from} onChange={(e) => set("from")(e.target.value)} />
      </label>
      <label>
        По
        <input type="date" name="to" value={search.to} onChange={(e) => set("to")(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Найти
      </button>
    </form>
  );
}
