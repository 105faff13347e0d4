import { Fragment, useState } from "react";
import { kioskTime, rubles } from "../format";
import { mayAct, useSession } from "../session";
import { AuditChain } from "../ui/AuditChain";
import { Devices } from "../ui/Devices";
import { ExpireSessionForm, lockerCellsOf, OpenCellForm } from "../ui/KioskActions";
import { Link } from "../ui/Link";
import { Failure } from "../ui/Notice";
import { Page } from "../ui/Page";
import { LoadedTable } from "../ui/Table";
import { useLoad } from "../ui/use-load";

/** How often the overview asks again: a kiosk going silent or a payment shows without a reload. */
const refreshMs = 5_000;

/**
 * Every kiosk now: online or silent, version, devices, today's sessions,
 * payments and net revenue, its audit chain. An operator opens a kiosk's row
 * to open a locker cell or end a stuck session.
 */
export function Overview() {
  const { api, operator } = useSession();
  const kiosks = useLoad(() => api.fleet.kiosks.query(), "overview", refreshMs);
  const [opened, setOpened] = useState<string | null>(null);
  const mayCommand = mayAct(operator, "operator");
  return (
    <Page name="overview" title="Киоски сейчас">
      <Failure text={kiosks.error} />
      <LoadedTable
        loaded={kiosks}
        empty="Киосков пока нет. Администратор добавляет киоск в разделе «Управление киосками» и получает код подключения."
        head={
          <>
            <tr>
              <th rowSpan={2}>Киоск</th>
              <th rowSpan={2}>Связь</th>
              <th rowSpan={2}>Устройства</th>
              <th colSpan={3} className="group">
                Сегодня
              </th>
              <th rowSpan={2}>Журнал аудита</th>
            </tr>
            <tr>
              <th className="number">сеансы</th>
              <th className="number">оплаты</th>
              <th className="number">выручка</th>
            </tr>
          </>
        }
        row={(kiosk) => (
          <Fragment key={kiosk.kioskId}>
            <tr data-kiosk={kiosk.kioskId}>
              <td>
                <Link href={`/payments?kioskId=${encodeURIComponent(kiosk.kioskId)}`}>
                  {kiosk.name ?? kiosk.kioskId}
                </Link>
                <div className="muted small">
                  {kiosk.name ? `${kiosk.kioskId} · ` : null}
                  {kiosk.version ? `версия ${kiosk.version}` : "версия неизвестна"}
                </div>
                {mayCommand ? (
                  <button
                    type="button"
                    className="link-button row-toggle"
                    aria-expanded={opened === kiosk.kioskId}
                    onClick={() => setOpened(opened === kiosk.kioskId ? null : kiosk.kioskId)}
                  >
                    {opened === kiosk.kioskId ? "Скрыть действия" : "Действия"}
                  </button>
                ) : null}
              </td>
              <td data-online={kiosk.silent ? "silent" : "online"}>
                <span className={kiosk.silent ? "badge badge-bad" : "badge badge-ok"}>
                  {kiosk.silent ? "молчит" : "на связи"}
                </span>
                <div className="muted small">{kioskTime(kiosk.lastSeenAt, kiosk.timeZone)}</div>
              </td>
              <td>
                <Devices devices={kiosk.devices} />
              </td>
              <td className="number">{kiosk.sessionsToday}</td>
              <td className="number">{kiosk.paymentsToday}</td>
              <td className="number">{rubles(kiosk.revenueToday)}</td>
              <td data-audit-chain={kiosk.auditChain}>
                <AuditChain state={kiosk.auditChain} problem={kiosk.auditChainProblem} />
              </td>
            </tr>
            {mayCommand && opened === kiosk.kioskId ? (
              <tr className="row-detail" data-kiosk-actions={kiosk.kioskId}>
                <td colSpan={7}>
                  <div className="kiosk-actions">
                    <OpenCellForm kioskId={kiosk.kioskId} maxCell={lockerCellsOf(kiosk.devices)} />
                    <ExpireSessionForm kioskId={kiosk.kioskId} />
                  </div>
                </td>
              </tr>
            ) : null}
          </Fragment>
        )}
      />
    </Page>
  );
}
