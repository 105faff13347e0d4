/**
 * `pnpm audit:verify <path to core.sqlite>`: checks a kiosk's audit chain
 * offline, on a copy or beside a running agent. The file is opened read-only
 * and never migrated. Exit 0 when the chain is whole, 1 naming the first
 * broken row, 2 when the file cannot be read or has no audit chain.
 */
import { resolve } from "node:path";
import { auditChainBreaks, genesisHash } from "../packages/fleet-contract/src/chain";
import { verifyAuditChainFile, type AuditChainVerdict } from "../packages/db/src/audit-chain";

const usage = "usage: pnpm audit:verify <path to core.sqlite>";

/** One line for a person: what was verified, from where, and what broke. */
function summarise(verdict: AuditChainVerdict): string {
  const before = verdict.unchained > 0 ? `; ${verdict.unchained} older rows predate the chain` : "";
  if (verdict.broken) {
    const { id, event, at, reason } = verdict.broken;
    const intact = verdict.checked - 1;
    return `audit chain BROKEN at row ${id} (${event} at ${new Date(at).toISOString()}): ${reason}, ${auditChainBreaks[reason]}; ${intact} rows intact before it${before}`;
  }
  if (verdict.firstId === null) return `audit chain whole: no chained rows yet${before}`;
  const from =
    verdict.anchor === genesisHash
      ? "from the chain's start"
      : `from row ${verdict.firstId}, trusting its prev_hash (older rows purged)`;
  return `audit chain whole: ${verdict.checked} rows, ids ${verdict.firstId}..${verdict.lastId}, verified ${from}${before}`;
}

function main(args: string[]): number {
  const [given] = args;
  if (!given || args.length > 1) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  // pnpm runs scripts from the repository's root; a relative path means the caller's directory.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  let verdict: AuditChainVerdict;
  try {
    verdict = verifyAuditChainFile(path);
  } catch (error) {
    process.stderr.write(`audit:verify: cannot read the audit chain of ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`${summarise(verdict)}\n`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
