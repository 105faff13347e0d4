import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local YooKassa that speaks the v3 wire protocol: Basic auth, Idempotence-Key
 * (same key and body returns the original response for 24 h, another body is an
 * error), payments created `pending` with a QR confirmation, error bodies of the
 * real shape, and notifications POSTed to a webhook. Tests steer it.
 */
export interface FakePayment {
  id: string;
  status: "pending" | "waiting_for_capture" | "succeeded" | "canceled";
  paid: boolean;
  amount: { value: string; currency: string };
  confirmation: { type: "qr"; confirmation_data: string };
  created_at: string;
  description?: string;
  metadata?: Record<string, string>;
  recipient: { account_id: string; gateway_id: string };
  refundable: boolean;
  test: boolean;
  captured_at?: string;
  cancellation_details?: { party: string; reason: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

type Fault = { kind: "status"; status: 429 | 500 | 503 } | { kind: "hang" };

export class FakeYooKassa {
  readonly shopId = "123456";
  readonly secretKey = "test_secret_key_0123456789";
  readonly payments = new Map<string, FakePayment>();
  readonly requests: RecordedRequest[] = [];
  /** Milliseconds to think before each answer (a real PSP is not instant: crashes land in between). */
  latencyMs: () => number = () => 0;
  /** What a new refund's status is: YooKassa may answer `pending` and settle it later. */
  refundStatus: "succeeded" | "pending" = "succeeded";
  private readonly idempotence = new Map<string, { bodyHash: string; status: number; response: unknown; at: number }>();
  private readonly faults: Fault[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly hanging = new Set<ServerResponse>();
  url = "";

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v3`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next requests fail: HTTP 429/5xx with YooKassa's error body, or no answer at all. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** What the customer did: pays, or the bank cancels (with YooKassa's reason). */
  setStatus(id: string, status: "succeeded" | "canceled", reason = "insufficient_funds"): FakePayment {
    const payment = this.get(id);
    payment.status = status;
    payment.paid = status === "succeeded";
    if (status === "succeeded") payment.captured_at = new Date().toISOString();
    else payment.cancellation_details = { party: "payment_network", reason };
    return payment;
  }

  get(id: string): FakePayment {
    const payment = this.payments.get(id);
    if (!payment) throw new Error(`fake YooKassa has no payment ${id}`);
    return payment;
  }

  /** POSTs a notification as YooKassa does; `object` may lie (a forged notification). */
  async notify(
    webhookUrl: string,
    event: string,
    object: unknown,
    headers: Record<string, string> = {},
  ): Promise<number> {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ type: "notification", event, object }),
    });
    return response.status;
  }

  /** The provider payment made for our payment `paymentId` (its id is in the description), if any. */
  findByOurId(paymentId: string): FakePayment | undefined {
    return [...this.payments.values()].find((p) => p.description?.includes(`(${paymentId})`));
  }

  paymentCreates(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === "POST" && r.path === "/v3/payments");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body: unknown = text ? JSON.parse(text) : undefined;
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    this.requests.push({ method: req.method ?? "GET", path, headers: req.headers, body });

    const latency = this.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const fault = this.faults.shift();
    if (fault?.kind === "hang") {
      this.hanging.add(res);
      return;
    }
    if (fault?.kind === "status") {
      const code = fault.status === 429 ? "too_many_requests" : "internal_server_error";
      return this.error(res, fault.status, code, "Fake fault injected by the test");
    }
    const expected = `Basic ${Buffer.from(`${this.shopId}:${this.secretKey}`).toString("base64")}`;
    if (req.headers.authorization !== expected) {
      return this.error(res, 401, "invalid_credentials", "Basic authentication failed: wrong shopId or secret key");
    }
    if (req.method === "POST") {
      const key = req.headers["idempotence-key"];
      if (typeof key !== "string" || key.length === 0 || key.length > 64) {
        return this.error(
          res,
          400,
          "invalid_request",
          "Idempotence-Key header is missing or longer than 64 characters",
          "Idempotence-Key",
        );
      }
      const scope = `${path}|${key}`;
      const seen = this.idempotence.get(scope);
      if (seen && Date.now() - seen.at < 24 * 3_600_000) {
        if (seen.bodyHash !== text) {
          return this.error(
            res,
            400,
            "invalid_request",
            "Idempotence-Key was used with other request parameters",
            "Idempotence-Key",
          );
        }
        return this.json(res, seen.status, seen.response);
      }
      const [status, response] = this.route(req.method, path, body);
      if (status < 500) this.idempotence.set(scope, { bodyHash: text, status, response, at: Date.now() });
      return this.json(res, status, response);
    }
    const [status, response] = this.route(req.method ?? "GET", path, body);
    return this.json(res, status, response);
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    if (method === "POST" && path === "/v3/payments") return this.createPayment(body);
    const cancel = /^\/v3\/payments\/([^/]+)\/cancel$/.exec(path);
    if (method === "POST" && cancel) return this.cancel(cancel[1] ?? "");
    const one = /^\/v3\/payments\/([^/]+)$/.exec(path);
    if (method === "GET" && one) {
      const payment = this.payments.get(one[1] ?? "");
      return payment ? [200, payment] : errorBody(404, "not_found", "Payment not found");
    }
    if (method === "POST" && path === "/v3/refunds") return this.refund(body);
    return errorBody(404, "not_found", `No such resource ${method} ${path}`);
  }

  private createPayment(body: unknown): [number, unknown] {
    const request = body as {
      amount?: { value?: unknown; currency?: unknown };
      confirmation?: { type?: unknown };
      description?: unknown;
      metadata?: Record<string, string>;
      capture?: unknown;
    };
    if (typeof request?.amount?.value !== "string" || !/^\d+\.\d{2}$/.test(request.amount.value)) {
      return errorBody(400, "invalid_request", "Amount value must be a string with two decimals", "amount.value");
    }
    if (request.amount.currency !== "RUB")
      return errorBody(400, "invalid_request", "Unsupported currency", "amount.currency");
    if (request.confirmation?.type !== "qr")
      return errorBody(400, "invalid_request", "Confirmation type is not supported", "confirmation.type");
    if (typeof request.description === "string" && request.description.length > 128) {
      return errorBody(400, "invalid_request", "Description is longer than 128 characters", "description");
    }
    if (request.metadata && Object.keys(request.metadata).length > 16) {
      return errorBody(400, "invalid_request", "Metadata has more than 16 keys", "metadata");
    }
    const id = randomUUID();
    const payment: FakePayment = {
      id,
      status: "pending",
      paid: false,
      amount: { value: request.amount.value, currency: "RUB" },
      confirmation: { type: "qr", confirmation_data: `https://qr.yoomoney.ru/test/${id}` },
      created_at: new Date().toISOString(),
      ...(typeof request.description === "string" ? { description: request.description } : {}),
      ...(request.metadata ? { metadata: request.metadata } : {}),
      recipient: { account_id: this.shopId, gateway_id: "100500" },
      refundable: false,
      test: true,
    };
    this.payments.set(id, payment);
    return [200, payment];
  }

  private cancel(id: string): [number, unknown] {
    const payment = this.payments.get(id);
    if (!payment) return errorBody(404, "not_found", "Payment not found");
    if (payment.status === "succeeded")
      return errorBody(400, "invalid_request", "Payment is already succeeded and cannot be canceled");
    if (payment.status !== "canceled") {
      payment.status = "canceled";
      payment.cancellation_details = { party: "merchant", reason: "canceled_by_merchant" };
    }
    return [200, payment];
  }

  private refund(body: unknown): [number, unknown] {
    const request = body as { payment_id?: string; amount?: { value: string; currency: string } };
    const payment = this.payments.get(request?.payment_id ?? "");
    if (!payment) return errorBody(404, "not_found", "Payment not found");
    if (payment.status !== "succeeded")
      return errorBody(400, "invalid_request", "Payment is not succeeded", "payment_id");
    return [
      200,
      {
        id: randomUUID(),
        payment_id: payment.id,
        status: this.refundStatus,
        amount: request.amount,
        created_at: new Date().toISOString(),
      },
    ];
  }

  private error(res: ServerResponse, status: number, code: string, description: string, parameter?: string): void {
    const [, body] = errorBody(status, code, description, parameter);
    this.json(res, status, body);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }
}

function errorBody(status: number, code: string, description: string, parameter?: string): [number, unknown] {
  return [status, { type: "error", id: randomUUID(), code, description, ...(parameter ? { parameter } : {}) }];
}
