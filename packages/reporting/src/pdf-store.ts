import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";

/**
 * The name the db keeps for a report's PDF: `reports/<id>.pdf`, as it always has.
 * The file itself is that name's last part in the reports folder (by default
 * `reports/` under the storage root; `reportsPath` may put it elsewhere).
 */
export const reportRelativePath = (reportId: string) => join("reports", `${reportId}.pdf`);
const fileIn = (reportsDir: string, filePath: string) => join(reportsDir, basename(filePath));

/**
 * Writes the PDF atomically: a temporary file, fsync, then rename. A crash leaves
 * either no file or the whole file, never half a report.
 */
export async function storePdf(
  reportsDir: string,
  reportId: string,
  pdf: Buffer,
): Promise<{ filePath: string; sha256: string; bytes: number }> {
  const filePath = reportRelativePath(reportId);
  const target = fileIn(reportsDir, filePath);
  await mkdir(reportsDir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = await open(temporary, "w");
  try {
    await handle.writeFile(pdf);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
  return { filePath, sha256: createHash("sha256").update(pdf).digest("hex"), bytes: pdf.length };
}

export const readPdf = (reportsDir: string, filePath: string) => readFile(fileIn(reportsDir, filePath));

export const removePdf = (reportsDir: string, filePath: string) => rm(fileIn(reportsDir, filePath), { force: true });

/**
 * Deletes PDFs (and stale temporary files) no report row points at any more:
 * what retention left behind when it purged old sessions with their reports.
 * Files younger than an hour are left alone: a report being generated writes its
 * PDF a moment before its row commits.
 */
export async function removeOrphanPdfs(reportsDir: string, isKnown: (reportId: string) => boolean): Promise<number> {
  const dir = reportsDir;
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = /^(rpt_[A-Za-z0-9_-]+)\.pdf$/.exec(name);
    if (match && isKnown(match[1] ?? "")) continue;
    if (!match && !name.endsWith(".tmp")) continue;
    const { mtimeMs } = await stat(join(dir, name));
    if (Date.now() - mtimeMs < 3_600_000) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
