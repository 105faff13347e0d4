import { consoleRefusal } from "../errors";
import type { RequestCaller } from "./caller";

/**
 * Every mutation's first check: refused (403 CSRF) when another site's page
 * sent it, or when it came with a session cookie but without that session's
 * CSRF token in `x-csrf-token`. Queries change nothing, and a cross-site page
 * cannot read their answers.
 */
export function refuseForgedMutation(caller: Pick<RequestCaller, "crossSite" | "session">, type: string): void {
  if (type !== "mutation") return;
  if (caller.crossSite) {
    throw consoleRefusal("CSRF", "Запрос с чужого сайта отклонён. A request from another site is refused.");
  }
  if (caller.session && !caller.session.csrfHeaderOk) {
    throw consoleRefusal(
      "CSRF",
      "Нет действительного CSRF-токена: обновите страницу. The x-csrf-token header is missing or not this session's: reload the page.",
    );
  }
}
