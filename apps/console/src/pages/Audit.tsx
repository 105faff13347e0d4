import { dayRange, kioskTime } from "../format";
import { paymentHref } from "../routes";
import { useSession } from "../session";
import { detailsText } from "../ui/details";
import { consoleActionName, consoleActionNames, eventName, eventNames } from "../ui/labels";
import { Choice, Field } from "../ui/Field";
import { KioskSelect } from "../ui/KioskSelect";
import { Link } from "../ui/Link";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { DayFields, useSearchForm } from "../ui/search";
import { LoadedTable } from "../ui/Table";
import { useLoad } from "../ui/use-load";

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

function KioskEvents({ search }: { search: Search }) {
  const { api, timeZoneOf } = useSession();
  const filter = {
    ...(search.kioskId ? { kioskId: search.kioskId } : {}),
    ...(search.event ? { event: search.event } : {}),
    ...(search.entityId ? { entityId: search.entityId } : {}),
    ...dayRange(search.from, search.to, timeZoneOf(search.kioskId)),
  };
  const events = useLoad(() => api.fleet.audit.query(filter), JSON.stringify(filter));
  return (
    <>
      <Failure text={events.error} />
      <LoadedTable
        loaded={events}
        empty="Событий с такими условиями нет."
        head={
          <tr>
            <th>Когда</th>
            <th>Киоск</th>
            <th>Событие</th>
            <th>Объект</th>
            <th>Подробности</th>
          </tr>
        }
        row={(row) => (
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
        )}
      />
    </>
  );
}

function ConsoleActions({ search }: { search: Search }) {
  const { api, timeZoneOf } = useSession();
  const filter = {
    ...(search.kioskId ? { kioskId: search.kioskId } : {}),
    ...(search.event ? { action: search.event } : {}),
    ...dayRange(search.from, search.to, timeZoneOf(search.kioskId)),
  };
  const actions = useLoad(() => api.accounts.actions.query(filter), `console:${JSON.stringify(filter)}`);
  return (
    <>
      <Failure text={actions.error} />
      <LoadedTable
        loaded={actions}
        empty="Действий с такими условиями нет."
        head={
          <tr>
            <th>Когда</th>
            <th>Кто</th>
            <th>Действие</th>
            <th>Киоск</th>
            <th>Объект</th>
            <th>Подробности</th>
            <th>Адрес</th>
          </tr>
        }
        row={(row) => (
          <tr key={row.id} data-action={row.action}>
            <td className="nowrap">{kioskTime(row.at, timeZoneOf(row.kioskId ?? ""))}</td>
            <td>{row.operatorEmail ?? "—"}</td>
            <td title={row.action}>{consoleActionName(row.action)}</td>
            <td>{row.kioskId ?? "—"}</td>
            <td className="mono small">{row.target ?? "—"}</td>
            <td className="small muted">{detailsText(row.details)}</td>
            <td className="small">{row.ip ?? "—"}</td>
          </tr>
        )}
      />
    </>
  );
}

const sources = { kiosks: "события киосков", console: "действия в консоли" };

function AuditSearch({ initial }: { initial: Search }) {
  const { search, setSearch, set, submit } = useSearchForm(initial, "/audit", { source: "kiosks" });
  const kiosks = search.source === "kiosks";
  return (
    <form className="filters" onSubmit={submit} aria-label="Поиск в журнале">
      <Choice
        label="Чей журнал"
        name="source"
        value={search.source}
        options={sources}
        // A kiosk's events and the console's actions have names of their own: the choice starts over.
        onChange={(source) => setSearch((s) => ({ ...s, source, event: "" }))}
      />
      <label>
        Киоск
        <KioskSelect value={search.kioskId} onChange={set("kioskId")} />
      </label>
      <Choice
        label={kiosks ? "Событие" : "Действие"}
        name="event"
        value={search.event}
        onChange={set("event")}
        options={kiosks ? eventNames : consoleActionNames}
        anyTitle="любое"
      />
      {kiosks ? (
        <Field
          label="Объект (id)"
          name="entityId"
          placeholder="pay_…"
          value={search.entityId}
          onChange={set("entityId")}
        />
      ) : null}
      <DayFields from={search.from} to={search.to} set={set} />
      <button type="submit" className="primary">
        Найти
      </button>
    </form>
  );
}
