/**
 * A kiosk's audit chain as the overview shows it: in order, or broken and
 * where. The backoffice words the problem `row <id>: <reason>, <why> (<who found it>)`
 * (`apps/backoffice/src/audit-chain.ts`); the operator reads it in Russian, and
 * a problem worded otherwise is shown as the server wrote it.
 */
const reasons: Record<string, string> = {
  altered: "запись изменена после того, как была сделана",
  deleted: "перед ней не хватает записи: запись удалена или подменена",
  reordered: "записи переставлены местами",
  unchained: "запись сделана в обход журнала, без подписи цепочки",
};

const finders: Array<[RegExp, string]> = [
  [/\(the kiosk's own check of its log\)$/, "нашла проверка журнала на самом киоске"],
  [/\(found at ingest[^)]*\)$/, "найдено при приёме данных с киоска"],
];

export function auditChainProblemText(problem: string): string {
  if (problem === "the kiosk's own check of its log failed") return "проверка журнала на самом киоске не прошла";
  const match = /^row (\d+): (\w+),/.exec(problem);
  const reason = match ? reasons[match[2] ?? ""] : undefined;
  if (!match || !reason) return problem;
  const finder = finders.find(([pattern]) => pattern.test(problem))?.[1];
  return `Запись № ${match[1]}: ${reason}${finder ? ` (${finder})` : ""}.`;
}

export function AuditChain({ state, problem }: { state: "ok" | "broken"; problem: string | null }) {
  if (state === "ok") return <span className="badge badge-ok">в порядке</span>;
  return (
    <>
      <span className="badge badge-bad">нарушен</span>
      {problem ? (
        <div className="small chain-problem" data-audit-chain-problem title={problem}>
          {auditChainProblemText(problem)}
        </div>
      ) : null}
    </>
  );
}
