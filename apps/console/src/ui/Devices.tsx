/** A kiosk's devices as it last said (`{ obd: { driver, ready, error }, ... }`): ready or not, and why. */
const deviceNames: Record<string, string> = { obd: "OBD-II", gauge: "Толщиномер", locker: "Шкаф" };

interface DeviceState {
  ready?: unknown;
  error?: unknown;
  driver?: unknown;
}

export function Devices({ devices }: { devices: Record<string, unknown> | null | undefined }) {
  const entries = Object.entries(devices ?? {});
  if (entries.length === 0) return <span className="muted">нет данных</span>;
  return (
    <ul className="devices">
      {entries.map(([kind, raw]) => {
        const state = (raw ?? {}) as DeviceState;
        const ready = state.ready === true;
        const why = typeof state.error === "string" ? state.error : undefined;
        return (
          <li key={kind} className={ready ? "badge badge-ok" : "badge badge-bad"} title={why}>
            {deviceNames[kind] ?? kind}: {ready ? "готов" : "не готов"}
          </li>
        );
      })}
    </ul>
  );
}
