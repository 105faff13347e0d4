import type { z } from "zod";

/**
 * What one call to the backoffice came to. A failure says whether the same
 * request may succeed later (`retry`: back off and try again) or never will.
 */
export type FleetCallResult<T> =
  { ok: true; answer: T } | { ok: false; status: number | null; code: string; message: string; retry: boolean };

/** What says the request itself is wrong (or its credential), whoever answers it. */
const permanentStatuses = new Set([400, 401, 403, 404, 409, 413, 415, 422]);

export interface FleetCallOptions {
  /** The backoffice's base URL, as the kiosk's FLEET_URL. */
  url: string;
  /** The kiosk's credential; none for enrollment. */
  token?: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** `{ error: { code, message } }`, the backoffice's refusal. */
function refusalOf(body: unknown): { code: string; message: string } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string") return null;
  return { code: error.code, message: error.message };
}

/** How a call reads what is not a success, where its endpoint says more than the defaults. */
export interface FleetCallReading {
  /** What the answer should have been, for `BAD_ANSWER`'s message ("not <answerName>"). */
  answerName?: string;
  /** Whether a refusal may heal on a retry; by default only the statuses that say the request is wrong never do. */
  retry?: (refusal: { status: number; code: string }) => boolean;
}

/**
 * One JSON request to a kiosk endpoint of the backoffice, its answer read
 * through the contract's schema. It throws nothing: unreachable or too slow is
 * `UNREACHABLE`, an answer that is not the contract's `BAD_ANSWER`, both worth
 * a retry; a refusal keeps the backoffice's code (`ENROLL_CODE_USED`, ...).
 */
export async function callFleet<S extends z.ZodType>(
  options: FleetCallOptions,
  request: { method: "GET" | "POST" | "PUT"; path: string; body?: unknown },
  answer: S,
  reading: FleetCallReading = {},
): Promise<FleetCallResult<z.output<S>>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (request.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${options.url.replace(/\/+$/, "")}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: null, code: "UNREACHABLE", message, retry: true };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = answer.safeParse(body);
    if (parsed.success) return { ok: true, answer: parsed.data };
    return {
      ok: false,
      status: response.status,
      code: "BAD_ANSWER",
      message: `not ${reading.answerName ?? "the contract's answer"}`,
      retry: true,
    };
  }
  const refusal = refusalOf(body);
  const code = refusal?.code ?? `HTTP_${response.status}`;
  return {
    ok: false,
    status: response.status,
    code,
    message: refusal?.message ?? `the backoffice answered ${response.status}`,
    retry: reading.retry?.({ status: response.status, code }) ?? !permanentStatuses.has(response.status),
  };
}
