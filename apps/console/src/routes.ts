/** The console's pages, each at its own address (the backoffice serves index.html for each). */
export type Route =
  | { page: "overview" }
  | { page: "payments"; query: URLSearchParams }
  | { page: "payment"; kioskId: string; paymentId: string }
  | { page: "refunds" }
  | { page: "deliveries" }
  | { page: "audit"; query: URLSearchParams }
  | { page: "accounts" }
  | { page: "kiosks" }
  | { page: "account" };

export type PageName = Route["page"];

/** A segment of the address as text; "" (no segment) when it is no valid percent-encoding (`%E0%A4%A`). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/**
 * The page at a location; an address the console does not know shows the
 * overview, and one it cannot decode the nearest page it can (a payment's
 * broken address: the payments list).
 */
export function routeOf(location: { pathname: string; search: string }): Route {
  const [first = "", ...rest] = location.pathname.split("/").filter(Boolean).map(decodedSegment);
  const query = new URLSearchParams(location.search);
  switch (first) {
    case "payments": {
      const [kioskId, paymentId] = rest;
      return kioskId && paymentId ? { page: "payment", kioskId, paymentId } : { page: "payments", query };
    }
    case "audit":
      return { page: "audit", query };
    case "refunds":
    case "deliveries":
    case "accounts":
    case "kiosks":
    case "account":
      return { page: first };
    default:
      return { page: "overview" };
  }
}

export const paymentHref = (kioskId: string, paymentId: string) =>
  `/payments/${encodeURIComponent(kioskId)}/${encodeURIComponent(paymentId)}`;

/** Goes to `href` without a reload; the App listens for it (and for the browser's back and forward). */
export function navigate(href: string): void {
  window.history.pushState(null, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
