import type { Report } from "../api";
import { DiagnosticsSummary } from "./DiagnosticsSummary";

interface Zone {
  zone: string;
  /** Reports made before zones had ids carry none: the zone is its label then. */
  label?: string;
  valueUm: number;
  verdict: "normal" | "warning" | "critical";
}

interface ThicknessData {
  zones: Zone[];
  summary: { recommendation: string; counts: Record<Zone["verdict"], number>; maxUm: number };
}

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
              <span>{zone.label ?? zone.zone}</span>
              <strong>{zone.valueUm} мкм</strong>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  return <DiagnosticsSummary report={report} />;
}

const worst = (zones: Zone[]) =>
  zones.some((z) => z.verdict === "critical")
    ? "critical"
    : zones.some((z) => z.verdict === "warning")
      ? "warning"
      : "normal";
