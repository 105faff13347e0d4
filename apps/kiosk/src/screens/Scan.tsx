import type { Visit } from "../visit/machine";
import { DiagnosticsScan } from "./DiagnosticsScan";
import { ThicknessMeasure } from "./ThicknessMeasure";

type ScanVisit = Extract<Visit, { step: "scan" }>;

/** The service itself, run by the agent on its devices: it reads the car's codes, or guides the paint measurement. */
export function Scan({ visit }: { visit: ScanVisit }) {
  return visit.service === "diagnostics" ? <DiagnosticsScan visit={visit} /> : <ThicknessMeasure visit={visit} />;
}
