import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

/** Where a report's PDF lives, relative to the storage root (that is what the db keeps). */
export const reportRelativePath = (reportId: string) => join("reports", `${reportId}.pdf`);

/**
 * Writes the PDF atomically: a temporary file, fsync, then rename. A crash leaves
 * either no file or the whole file, never half a report.
 */
export async function storePdf(
  storagePath: string,
  reportId: string,
  pdf: Buffer,
): Promise<{ filePath: string; sha256: string; bytes: number }> {
  const filePath = reportRelativePath(reportId);
  const target = join(storagePath, filePath);
  await mkdir(join(storagePath, "reports"), { recursive: true });
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

export const readPdf = (storagePath: string, filePath: string) => readFile(join(storagePath, filePath));

export const removePdf = (storagePath: string, filePath: string) => rm(join(storagePath, filePath), { force: true });

/**
 * Deletes PDFs (and stale temporary files) no report row points at any more:
 * what retention left behind when it purged old sessions with their reports.
 * Files younger than an hour are left alone: a report being generated writes its
 * PDF a moment before its row commits.
 */
export async function removeOrphanPdfs(storagePath: string, isKnown: (reportId: string) => boolean): Promise<number> {
  const dir = join(storagePath, "reports");
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
