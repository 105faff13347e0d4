import { buildAsShipped } from "../../kiosk/test/global-setup";
import { builtConsole } from "./paths";

/** The browser tests drive the console as production builds it: one build for the whole run. */
export default function buildConsoleOnce(): Promise<void> {
  return buildAsShipped(new URL("..", import.meta.url), builtConsole);
}
