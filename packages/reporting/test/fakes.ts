import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** The answer a fake gives next: a status and a body in the provider's own shape. */
export interface Scripted {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * A minimal HTTP peer for one provider: records every request and answers from
 * a script, then with its default success. Each provider's fake below fills in
 * that provider's real success and error bodies.
 */
class ScriptedHttpFake {
  readonly requests: Recorded[] = [];
  private readonly script: Scripted[] = [];
  private readonly server: Server;
  url = "";

  constructor(private readonly success: (request: Recorded) => Scripted) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  answerNext(...answers: Scripted[]): void {
    this.script.push(...answers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = {
      method: req.method ?? "GET",
      path: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    this.requests.push(request);
    const answer = this.script.shift() ?? this.success(request);
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
  }
}

/** SendGrid v3: 202 with an empty body and X-Message-Id on success; `{ errors: [...] }` otherwise. */
export const fakeSendGrid = () =>
  new ScriptedHttpFake(() => ({
    status: 202,
    body: undefined,
    headers: { "x-message-id": `sg-${Math.random().toString(36).slice(2)}` },
  }));

export const sendGridError = (status: number, message: string): Scripted => ({
  status,
  body: { errors: [{ message, field: null, help: null }] },
});

/** Twilio: 201 with the Message resource on success; `{ code, message, more_info, status }` otherwise. */
export const fakeTwilio = () =>
  new ScriptedHttpFake((request) => {
    const form = new URLSearchParams(request.body);
    return {
      status: 201,
      body: {
        sid: `SM${Math.random().toString(16).slice(2).padEnd(32, "0").slice(0, 32)}`,
        status: "queued",
        to: form.get("To"),
        from: form.get("From"),
        body: form.get("Body"),
        num_segments: "2",
        direction: "outbound-api",
        api_version: "2010-04-01",
        error_code: null,
        error_message: null,
      },
    };
  });

export const twilioError = (status: number, code: number, message: string): Scripted => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});

/** SMSC send.php with fmt=3: `{ id, cnt }` on success; `{ error, error_code }` (HTTP 200) otherwise. */
export const fakeSmsc = () =>
  new ScriptedHttpFake(() => ({ status: 200, body: { id: Math.floor(Math.random() * 1e6), cnt: 2 } }));

export const smscError = (code: number, error: string): Scripted => ({
  status: 200,
  body: { error, error_code: code },
});

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** When the message was received in full (epoch ms). */
  at: number;
}

/**
 * A real SMTP server on loopback (the smtp-server package). `reject` makes the
 * next messages fail with the given SMTP code; `stall` holds DATA unanswered
 * after receiving it (in `stalled`: the message got here, the client never hears so).
 */
export class LoopbackSmtp {
  readonly received: ReceivedMail[] = [];
  readonly stalled: ReceivedMail[] = [];
  rejectWith: number | null = null;
  stall = false;
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      // Close hung client connections at once on stop (the default waits 30 s for them).
      closeTimeout: 100,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const mail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
            at: Date.now(),
          };
          if (this.stall) {
            this.stalled.push(mail);
            return; // never answer: the client times out or is killed
          }
          if (this.rejectWith) {
            const error = Object.assign(new Error("Mailbox unavailable (test)"), { responseCode: this.rejectWith });
            callback(error);
            return;
          }
          this.received.push(mail);
          callback();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    // A client killed mid-conversation resets its connection; a real server shrugs and goes on.
    server.on("error", () => undefined);
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The Message-ID header of a raw message, or null. */
export const messageIdOf = (raw: string) => /^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? null;

/** A peer that accepts connections and never answers: a provider hanging past our timeout. */
export async function silentHttpPeer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
