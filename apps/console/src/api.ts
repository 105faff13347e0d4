import type { BackofficeRouter } from "@kiosk/backoffice";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

/**
 * The console's typed client: the backoffice's own origin, its session cookie
 * (same-origin, sent by the browser) and the session's CSRF token in
 * `x-csrf-token` on every request. The token comes from `auth.login` or
 * `auth.me`; `csrf.set` is called with it, and with null on sign-out.
 */
export function createConsoleApi(csrf: CsrfToken, origin: string = window.location.origin) {
  const client = createTRPCClient<BackofficeRouter>({
    links: [
      httpBatchLink({
        url: `${origin}/trpc`,
        transformer: superjson,
        headers: (): Record<string, string> => {
          const token = csrf.get();
          return token ? { "x-csrf-token": token } : {};
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
  return client;
}

/** The signed-in session's CSRF token, held beside the client (the client itself is a proxy of procedure paths). */
export interface CsrfToken {
  get: () => string | null;
  set: (token: string | null) => void;
}

export function csrfTokenHolder(): CsrfToken {
  let token: string | null = null;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;

/** What a query answers, by the procedure: `Answer<ConsoleApi["fleet"]["kiosks"]["query"]>`. */
export type Answer<Call extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<Call>>;

/** What the backoffice answered a refused call with, or null when it was not reached at all. */
export interface ServerRefusal {
  code: string;
  httpStatus: number;
  message: string;
}

export function serverRefusal(error: unknown): ServerRefusal | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<BackofficeRouter>).data as { code?: string; httpStatus?: number } | undefined;
  if (!data?.code) return null;
  return { code: data.code, httpStatus: data.httpStatus ?? 0, message: error.message };
}

/** The sentence an operator reads for a failed call: the server's own message, or why there is none. */
export function failureText(error: unknown): string {
  const refusal = serverRefusal(error);
  if (!refusal) return "Консоль не может связаться с сервером. Проверьте сеть и попробуйте ещё раз.";
  return russianPart(refusal.message) || `Сервер отказал (${refusal.httpStatus}).`;
}

/**
 * The backoffice says its refusals to people twice, "Русский текст. English text.":
 * the operator reads the Russian sentences. A message with no Russian is shown whole.
 */
export function russianPart(message: string): string {
  if (!/[а-яё]/i.test(message)) return message;
  const english = /[.!?»)]\s+(?=[A-Z][a-z]+[\s:,])/g;
  for (const match of message.matchAll(english)) {
    const before = message.slice(0, match.index + 1);
    if (/[а-яё]/i.test(before)) return before;
  }
  return message;
}

/** A signed-out answer: the console goes back to the login form. */
export const isSignedOut = (error: unknown): boolean => serverRefusal(error)?.httpStatus === 401;
