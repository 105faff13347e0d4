import { ChannelError, fetchWithTimeout, isTransientStatus, type SmsChannel } from "./types";

export interface SmscSettings {
  apiUrl: string;
  login: string;
  password: string;
  from: string;
  timeoutMs: number;
}

/**
 * SMSC's send.php error codes: 3 (no money), 4 (IP blocked for a while) and 9
 * (too many requests) pass; 1, 2, 5, 6, 7, 8 (bad parameters, credentials, text,
 * number, undeliverable) do not.
 */
const transientSmscCodes = new Set([3, 4, 9]);

/** SMS through the SMSC HTTP API: `send.php` with `fmt=3` (JSON answers) and UTF-8 text. */
export function createSmscChannel(settings: SmscSettings): SmsChannel {
  const url = `${settings.apiUrl.replace(/\/+$/, "")}/send.php`;
  return {
    provider: "smsc",
    async send(message) {
      const form = new URLSearchParams({
        login: settings.login,
        psw: settings.password,
        phones: message.to.replace(/^\+/, ""),
        mes: message.text,
        sender: settings.from,
        charset: "utf-8",
        fmt: "3",
        id: message.deliveryId.replace(/[^A-Za-z0-9]/g, "").slice(0, 40),
      });
      const response = await fetchWithTimeout(
        url,
        { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() },
        settings.timeoutMs,
        "SMSC",
      );
      if (!response.ok) {
        throw new ChannelError(`SMSC: HTTP ${response.status}`, isTransientStatus(response.status), {
          provider: "smsc",
        });
      }
      const body = (await response.json().catch(() => null)) as {
        id?: number | string;
        cnt?: number;
        error?: string;
        error_code?: number;
      } | null;
      if (body && body.error_code === undefined && body.id !== undefined) return { messageId: String(body.id) };
      const code = body?.error_code;
      throw new ChannelError(
        `SMSC: ${body?.error ?? "unreadable answer"}${code ? ` (${code})` : ""}`,
        code === undefined || transientSmscCodes.has(code),
        {
          provider: "smsc",
          providerCode: code,
        },
      );
    },
  };
}
