import { fileURLToPath } from "node:url";
import { defaultMigrationsFolder } from "@kiosk/db";
import { defaultFontFiles, type FontFiles } from "@kiosk/reporting";

/** Set to true by the production build (esbuild's define); absent when the sources run through tsx. */
declare const KIOSK_BUNDLE: boolean | undefined;

export interface AgentAssets {
  migrationsFolder: string;
  fonts: FontFiles;
  /** The built kiosk UI, served at `/`. */
  kioskDir: string;
}

const besideBundle = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/**
 * Files the agent reads at run time: from this checkout when the sources run,
 * from beside the bundle (apps/agent/dist/) when the production build runs.
 */
export function agentAssets(): AgentAssets {
  if (typeof KIOSK_BUNDLE !== "undefined" && KIOSK_BUNDLE) {
    return {
      migrationsFolder: besideBundle("drizzle"),
      fonts: { regular: besideBundle("fonts/DejaVuSans.ttf"), bold: besideBundle("fonts/DejaVuSans-Bold.ttf") },
      kioskDir: besideBundle("kiosk"),
    };
  }
  return {
    migrationsFolder: defaultMigrationsFolder,
    fonts: defaultFontFiles(),
    kioskDir: fileURLToPath(new URL("../../kiosk/dist", import.meta.url)),
  };
}
