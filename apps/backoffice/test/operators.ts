import { request } from "node:http";
import { pino } from "pino";
import superjson from "superjson";
import { createAccount, type Account } from "../src/accounts/accounts";
import { createBackofficeClient, type BackofficeClient } from "../src/client";
import { openBackofficeDb, type BackofficeDb } from "../src/db";
import type { OperatorRole } from "../src/schema";

/**
 * Accounts and signed-in people for the backoffice's tests: an account made
 * straight in PostgreSQL (as `pnpm backoffice:admin` makes the first), and a
 * real sign-in over HTTP whose cookies and CSRF token later calls carry.
 */

/** Makes an account, on a database handle or on a migrated database's URL; the password must pass the rules. */
export async function createOperator(
  db: BackofficeDb | string,
  input: { email: string; role: OperatorRole; password: string },
): Promise<Account> {
  if (typeof db !== "string")
    return createAccount({ ctx: { db, now: () => new Date(), ip: "", operator: null }, input });
  const opened = await openBackofficeDb(db, { logger: pino({ level: "silent" }) });
  try {
    return await createOperator(opened.db, input);
  } finally {
    await opened.close();
  }
}

/** One answer of /trpc, read without the typed client: the status, the codes, the cookies set. */
export interface TrpcAnswer {
  status: number;
  /** `data.code` of an error (tRPC's: `FORBIDDEN`, `UNAUTHORIZED`...), null on success. */
  code: string | null;
  /** `data.refusal` of an error (`CSRF`, `WEAK_PASSWORD`, `ACCOUNT_LOCKED`, `LAST_ADMIN`), null otherwise. */
  refusal: string | null;
  message: string | null;
  /** The result (superjson decoded), undefined on an error. */
  data: unknown;
  /** Each `Set-Cookie` line, as sent. */
  setCookies: string[];
}

export interface TrpcCall {
  input?: unknown;
  /** The `cookie` header; none when absent. */
  cookie?: string;
  /** The `x-csrf-token` header; none when absent. */
  csrfToken?: string;
  headers?: Record<string, string>;
  /** The local address to call from (any of 127.0.0.0/8): each has its own sign-in rate window. */
  from?: string;
}

/** A tRPC query (GET) or mutation (POST), over real HTTP, one procedure, no batching. */
export function callTrpc(
  url: string,
  kind: "query" | "mutation",
  path: string,
  call: TrpcCall = {},
): Promise<TrpcAnswer> {
  const encoded = call.input === undefined ? undefined : superjson.serialize(call.input);
  const target = new URL(`${url}/trpc/${path}`);
  if (kind === "query" && encoded) target.searchParams.set("input", JSON.stringify(encoded));
  const headers: Record<string, string> = { ...call.headers };
  if (kind === "mutation") headers["content-type"] = "application/json";
  if (call.cookie) headers.cookie = call.cookie;
  if (call.csrfToken) headers["x-csrf-token"] = call.csrfToken;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method: kind === "query" ? "GET" : "POST", headers, localAddress: call.from ?? "127.0.0.1" },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
            result?: { data?: Parameters<typeof superjson.deserialize>[0] };
            error?: { json?: { message?: string; data?: { code?: string; refusal?: string | null } } };
          };
          const error = body.error?.json;
          resolve({
            status: res.statusCode ?? 0,
            code: error?.data?.code ?? null,
            refusal: error?.data?.refusal ?? null,
            message: error?.message ?? null,
            data: body.result?.data === undefined ? undefined : superjson.deserialize(body.result.data),
            setCookies: res.headers["set-cookie"] ?? [],
          });
        });
      },
    );
    req.on("error", reject);
    req.end(kind === "mutation" ? JSON.stringify(encoded ?? { json: null }) : undefined);
  });
}

/** The `cookie` header a browser would send back for these `Set-Cookie` lines (cleared ones left out). */
export const cookieHeaderOf = (setCookies: string[]) =>
  setCookies
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => !pair.endsWith("="))
    .join("; ");

export interface SignedIn {
  operator: { id: string; email: string; role: OperatorRole };
  /** The `cookie` header: the session's and the CSRF cookie. */
  cookie: string;
  csrfToken: string;
  /** The typed client, with the cookie and the CSRF header on every call. */
  client: BackofficeClient;
  /** Any procedure over raw HTTP with this session's cookie and CSRF token (override either in `call`). */
  call(kind: "query" | "mutation", path: string, call?: TrpcCall): Promise<TrpcAnswer>;
  /** The login's answer itself (its `Set-Cookie` lines, for the flags). */
  login: TrpcAnswer;
}

/** Signs in through `auth.login` over HTTP; throws with the backoffice's message when refused. */
export async function signIn(
  url: string,
  email: string,
  password: string,
  options: { from?: string } = {},
): Promise<SignedIn> {
  const login = await callTrpc(url, "mutation", "auth.login", { input: { email, password }, ...options });
  if (login.status !== 200)
    throw new Error(`sign-in as ${email} refused: ${login.status} ${login.code} ${login.message}`);
  const { operator, csrfToken } = login.data as { operator: SignedIn["operator"]; csrfToken: string };
  const cookie = cookieHeaderOf(login.setCookies);
  return {
    operator,
    cookie,
    csrfToken,
    client: createBackofficeClient({ url, cookie, csrfToken }),
    call: (kind, path, call = {}) => callTrpc(url, kind, path, { cookie, csrfToken, ...call }),
    login,
  };
}

/** Makes an account on the database at `databaseUrl` and signs it in at `url`: a new person at the console. */
export async function signInNew(
  url: string,
  databaseUrl: string,
  input: { email: string; role: OperatorRole; password: string },
  options: { from?: string } = {},
): Promise<SignedIn> {
  await createOperator(databaseUrl, input);
  return signIn(url, input.email, input.password, options);
}
