import { useSession } from "../session";
import { useLoad } from "./use-load";

/** A choice of the fleet's kiosks (or any, with `anyTitle`), from the overview. */
export function KioskSelect({
  value,
  onChange,
  anyTitle = "все киоски",
}: {
  value: string;
  onChange: (kioskId: string) => void;
  anyTitle?: string;
}) {
  const { api } = useSession();
  const kiosks = useLoad(() => api.fleet.kiosks.query(), "kiosk-select");
  return (
    <select name="kioskId" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{anyTitle}</option>
      {(kiosks.data ?? []).map((kiosk) => (
        <option key={kiosk.kioskId} value={kiosk.kioskId}>
          {kiosk.name ?? kiosk.kioskId}
        </option>
      ))}
      {value && kiosks.data && !kiosks.data.some((k) => k.kioskId === value) ? (
        <option value={value}>{value}</option>
      ) : null}
    </select>
  );
}
