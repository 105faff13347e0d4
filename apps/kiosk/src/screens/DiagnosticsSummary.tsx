import type { Report } from "../api";

type Severity = "low" | "medium" | "high";

interface DescribedDtc {
  code: string;
  description: string;
  severity: Severity;
}

/** The report the agent made from its scan (reports.fromScan): what the car said, described. */
interface ScanReportData {
  vehicleMake: string | null;
  vehicleModel: string | null;
  vin: string | null;
  protocol: string | null;
  mil: boolean;
  ecus: Array<{
    address: string;
    /** The agent's name for the ECU, as the PDF prints it. */
    name: string;
    stored: DescribedDtc[];
    pending: DescribedDtc[];
    permanent: DescribedDtc[];
  }>;
}

/** A report an integration made with its own codes (reports.generateDiagnostics): a visit resumed across an update. */
interface CallerReportData {
  vehicleMake: string;
  vehicleModel: string;
  dtcCodes: DescribedDtc[];
}

const severityNames: Record<Severity, string> = { high: "серьёзно", medium: "важно", low: "незначительно" };

const kinds = [
  { key: "stored", title: "Сохранённые коды" },
  { key: "pending", title: "Ожидающие коды" },
  { key: "permanent", title: "Постоянные коды" },
] as const;

/** What the diagnostics report says, as the agent described each code: nothing here decodes or judges a code. */
export function DiagnosticsSummary({ report }: { report: Report }) {
  const data = report.data as unknown as ScanReportData | CallerReportData;
  const vehicle = [data.vehicleMake, data.vehicleModel].filter(Boolean).join(" ") || "Автомобиль";
  if ("dtcCodes" in data) {
    return (
      <div className="summary summary-diagnostics" data-summary="diagnostics">
        <p className="summary-vehicle">{vehicle}</p>
        <Verdict codes={data.dtcCodes} />
        <DtcList codes={data.dtcCodes} />
      </div>
    );
  }
  const codes = data.ecus.flatMap((ecu) => [...ecu.stored, ...ecu.pending, ...ecu.permanent]);
  return (
    <div className="summary summary-diagnostics" data-summary="diagnostics">
      <p className="summary-vehicle">{vehicle}</p>
      <dl className="scan-facts">
        <dt>VIN</dt>
        <dd data-fact="vin">{data.vin ?? "автомобиль не сообщил"}</dd>
        <dt>Протокол</dt>
        <dd data-fact="protocol">{data.protocol ?? "не определён"}</dd>
        <dt>Лампа «Check Engine»</dt>
        <dd data-fact="mil" className={data.mil ? "fact-alert" : undefined}>
          {data.mil ? "горит" : "не горит"}
        </dd>
      </dl>
      <Verdict codes={codes} />
      {data.ecus
        .filter((ecu) => ecu.stored.length + ecu.pending.length + ecu.permanent.length > 0)
        .map((ecu) => (
          <section key={ecu.address} className="ecu" data-ecu={ecu.address}>
            <h2 className="ecu-name">{ecu.name}</h2>
            {kinds
              .filter((kind) => ecu[kind.key].length > 0)
              .map((kind) => (
                <div key={kind.key} className="ecu-kind" data-kind={kind.key}>
                  <h3 className="ecu-kind-title">
                    {kind.title} ({ecu[kind.key].length})
                  </h3>
                  <DtcList codes={ecu[kind.key]} />
                </div>
              ))}
          </section>
        ))}
    </div>
  );
}

/** How many faults, counted once each: a code stored and also permanent (P0420, say) is one fault. */
function Verdict({ codes }: { codes: DescribedDtc[] }) {
  if (codes.length === 0) return <p className="verdict verdict-normal">Коды неисправностей не обнаружены</p>;
  const tone = codes.some((c) => c.severity === "high") ? "critical" : "warning";
  const distinct = new Set(codes.map((c) => c.code)).size;
  return (
    <p className={`verdict verdict-${tone}`} data-dtc-count={distinct}>
      Найдено кодов неисправностей: {distinct}
    </p>
  );
}

function DtcList({ codes }: { codes: DescribedDtc[] }) {
  return (
    <ul className="dtcs">
      {codes.map((dtc) => (
        <li key={dtc.code} className={`dtc dtc-${dtc.severity}`} data-dtc={dtc.code}>
          <strong>{dtc.code}</strong> {dtc.description} <em>({severityNames[dtc.severity]})</em>
        </li>
      ))}
    </ul>
  );
}
