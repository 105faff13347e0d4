import type { Report, VehicleType } from "../api";
import { CarDiagram } from "../ui/CarDiagram";
import { DiagnosticsSummary } from "./DiagnosticsSummary";

interface Zone {
  zone: string;
  /** Reports made before zones had ids carry none: the zone is its label then. */
  label?: string;
  valueUm: number;
  verdict: "normal" | "warning" | "critical";
}

interface ThicknessData {
  /** The body the zones are on; reports an integration made with its own values may not say. */
  vehicleType?: VehicleType;
  zones: Zone[];
  summary: { recommendation: string; counts: Record<Zone["verdict"], number>; maxUm: number };
}

/** What the report says, as the agent computed it: zone verdicts come from the server, never from here. */
export function Summary({ report }: { report: Report }) {
  if (report.type !== "thickness") return <DiagnosticsSummary report={report} />;
  const data = report.data as unknown as ThicknessData;
  const { counts } = data.summary;
  // The diagram shows every zone; the list keeps only what needs a look (the full table is in the PDF).
  const listed = data.vehicleType ? data.zones.filter((zone) => zone.verdict !== "normal") : data.zones;
  return (
    <div className="summary summary-thickness" data-summary="thickness">
      <div className="summary-head">
        <p className={`verdict verdict-${worst(data.zones)}`}>{data.summary.recommendation}</p>
        <p className="summary-counts">
          Норма: {counts.normal}, внимание: {counts.warning}, критично: {counts.critical}
        </p>
      </div>
      {data.vehicleType ? (
        <div className="summary-diagram">
          <CarDiagram
            vehicleType={data.vehicleType}
            zones={data.zones.map((zone) => ({ ...zone, label: zone.label ?? zone.zone }))}
          />
        </div>
      ) : null}
      {listed.length > 0 ? (
        <div className="summary-list">
          {data.vehicleType ? <h2 className="summary-subtitle">Зоны вне нормы</h2> : null}
          <ol className="zones">
            {listed.map((zone) => (
              <li key={zone.zone} className={`zone zone-${zone.verdict}`} data-listed-verdict={zone.verdict}>
                <span>{zone.label ?? zone.zone}</span>
                <strong>{zone.valueUm} мкм</strong>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

const worst = (zones: Zone[]) =>
  zones.some((z) => z.verdict === "critical")
    ? "critical"
    : zones.some((z) => z.verdict === "warning")
      ? "warning"
      : "normal";
