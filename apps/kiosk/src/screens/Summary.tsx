import type { Report } from "../api";

interface Zone {
  zone: string;
  valueUm: number;
  verdict: "normal" | "warning" | "critical";
}

interface ThicknessData {
  zones: Zone[];
  summary: { recommendation: string; counts: Record<Zone["verdict"], number>; maxUm: number };
}

interface DiagnosticsData {
  vehicleMake: string;
  vehicleModel: string;
  dtcCodes: Array<{ code: string; description: string; severity: "low" | "medium" | "high" }>;
}

const severityNames = { high: "серьёзно", medium: "важно", low: "незначительно" } as const;

/** What the report says, as the agent computed it: zone verdicts come from the server, never from here. */
export function Summary({ report }: { report: Report }) {
  if (report.type === "thickness") {
    const data = report.data as unknown as ThicknessData;
    return (
      <div className="summary" data-summary="thickness">
        <p className={`verdict verdict-${worst(data.zones)}`}>{data.summary.recommendation}</p>
        <p className="summary-counts">
          Норма: {data.summary.counts.normal}, внимание: {data.summary.counts.warning}, критично:{" "}
          {data.summary.counts.critical}
        </p>
        <ol className="zones">
          {data.zones.map((zone) => (
            <li key={zone.zone} className={`zone zone-${zone.verdict}`} data-verdict={zone.verdict}>
              <span>{zone.zone}</span>
              <strong>{zone.valueUm} мкм</strong>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  const data = report.data as unknown as DiagnosticsData;
  return (
    <div className="summary" data-summary="diagnostics">
      <p className="summary-vehicle">
        {data.vehicleMake} {data.vehicleModel}
      </p>
      {data.dtcCodes.length === 0 ? (
        <p className="verdict verdict-normal">Неисправности не обнаружены</p>
      ) : (
        <ul className="dtcs">
          {data.dtcCodes.map((dtc) => (
            <li key={dtc.code} className={`dtc dtc-${dtc.severity}`}>
              <strong>{dtc.code}</strong> {dtc.description} <em>({severityNames[dtc.severity]})</em>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const worst = (zones: Zone[]) =>
  zones.some((z) => z.verdict === "critical")
    ? "critical"
    : zones.some((z) => z.verdict === "warning")
      ? "warning"
      : "normal";
