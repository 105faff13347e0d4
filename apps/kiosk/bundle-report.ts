import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** The kiosk's first screen may load at most this much JavaScript, gzipped. */
export const firstScreenBudgetBytes = 200 * 1024;

interface OutputChunk {
  type: "chunk";
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  modules: Record<string, unknown>;
}

/**
 * After a build: the JavaScript the first screen needs (the entry chunk and what
 * it imports statically), gzipped, printed against the budget, and every module
 * the bundle contains, written to dist/bundle-report.json so a test can prove no
 * server code got in. A build over budget fails.
 */
export function bundleReport(): Plugin {
  return {
    name: "kiosk-bundle-report",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is OutputChunk & typeof item => item.type === "chunk");
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const firstScreen = new Set<string>();
      const visit = (name: string) => {
        if (firstScreen.has(name)) return;
        firstScreen.add(name);
        for (const imported of byName.get(name)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const gzipBytes = [...firstScreen].reduce((sum, name) => sum + gzipSync(byName.get(name)?.code ?? "").length, 0);
      const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules)).sort();
      this.emitFile({
        type: "asset",
        fileName: "bundle-report.json",
        source: `${JSON.stringify({ firstScreenGzipBytes: gzipBytes, budgetBytes: firstScreenBudgetBytes, chunks: [...firstScreen], modules }, null, 2)}\n`,
      });
      const figure = `${(gzipBytes / 1024).toFixed(1)} KiB gzipped`;
      this.info(`first-screen JS: ${figure} (budget ${firstScreenBudgetBytes / 1024} KiB)`);
      console.log(`kiosk: first-screen JS ${figure}, budget ${firstScreenBudgetBytes / 1024} KiB`);
      if (gzipBytes > firstScreenBudgetBytes) this.error(`the first screen's JS is ${figure}, over the 200 KiB budget`);
    },
  };
}
