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
  payment_method?: { type: string; id: string; saved: boolean };
  receipt_registration?: "pending" | "succeeded" | "canceled";
  refunded_amount?: { value: string; currency: string };
}

export interface FakeRefund {
  id: string;
  payment_id: string;
  status: "pending" | "succeeded" | "canceled";
  amount: { value: string; currency: string };
  created_at: string;
  description?: string;
  receipt_registration?: "pending" | "succeeded" | "canceled";
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
  readonly refunds = new Map<string, FakeRefund>();
  /** The receipts sent with payments and refunds, by their id, as YooKassa received them. */
  readonly receipts = new Map<string, unknown>();
  /** What a new refund's status is: YooKassa may answer `pending` and settle it later. */
  refundStatus: "succeeded" | "pending" = "succeeded";
  /** Where a paid payment's receipt stands at first: registered at once, or pending until `registerReceipt`. */
  receiptOnSuccess: "succeeded" | "pending" = "succeeded";
  /**
   * What a cancel of a `pending` payment gets: cancelled, or refused as the real
   * YooKassa refuses it for a one-stage payment (only `waiting_for_capture` cancels).
   */
  pendingCancel: "cancel" | "refuse" = "cancel";
  /** While true, every connection is cut before an answer (a network outage): nothing is recorded. */
  unreachable = false;
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
    if (payment.receipt_registration) {
      payment.receipt_registration = status === "succeeded" ? this.receiptOnSuccess : "canceled";
    }
    return payment;
  }

  /** The receipts service (or the shop's cash register) registers a payment's receipt, or gives up. */
  registerReceipt(id: string, registration: "succeeded" | "canceled"): void {
    this.get(id).receipt_registration = registration;
  }

  /** The bank completes a pending refund, or YooKassa cancels it (with its reason). */
  settleRefund(id: string, status: "succeeded" | "canceled", reason = "rejected_by_payee"): FakeRefund {
    const refund = this.refunds.get(id);
    if (!refund) throw new Error(`fake YooKassa has no refund ${id}`);
    refund.status = status;
    if (status === "canceled") refund.cancellation_details = { party: "yoo_money", reason };
    if (refund.receipt_registration) refund.receipt_registration = status === "succeeded" ? "succeeded" : "canceled";
    const payment = this.get(refund.payment_id);
    payment.refunded_amount = { value: toValue(this.refundedOf(payment.id)), currency: "RUB" };
    return refund;
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

  /** The refunds asked for (POST /v3/refunds) of the provider payment `id`, retries with the same key included. */
  refundRequestsFor(id: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === "POST" && r.path === "/v3/refunds" && (r.body as { payment_id?: string }).payment_id === id,
    );
  }

  /** The GETs of the provider payment `id`, from the `from`-th recorded request on. */
  getsOf(id: string, from = 0): RecordedRequest[] {
    return this.requests.slice(from).filter((r) => r.method === "GET" && r.path === `/v3/payments/${id}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.unreachable) {
      req.socket.destroy();
      return;
    }
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
    const refund = /^\/v3\/refunds\/([^/]+)$/.exec(path);
    if (method === "GET" && refund) {
      const found = this.refunds.get(refund[1] ?? "");
      return found ? [200, found] : errorBody(404, "not_found", "Refund not found");
    }
    return errorBody(404, "not_found", `No such resource ${method} ${path}`);
  }

  private createPayment(body: unknown): [number, unknown] {
    const request = body as {
      amount?: { value?: unknown; currency?: unknown };
      confirmation?: { type?: unknown };
      description?: unknown;
      metadata?: Record<string, string>;
      capture?: unknown;
      payment_method_data?: { type?: unknown };
      receipt?: unknown;
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
    const method = request.payment_method_data;
    if (method !== undefined && !["sbp", "bank_card", "yoo_money", "sberbank"].includes(String(method?.type))) {
      return errorBody(400, "invalid_request", "Payment method type is not supported", "payment_method_data.type");
    }
    if (request.receipt !== undefined) {
      const problem = receiptProblem(request.receipt, request.amount.value);
      if (problem) return errorBody(400, "invalid_request", problem.description, problem.parameter);
    }
    const id = randomUUID();
    if (request.receipt !== undefined) this.receipts.set(id, request.receipt);
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
      ...(method?.type === "sbp" ? { payment_method: { type: "sbp", id, saved: false } } : {}),
      ...(request.receipt !== undefined ? { receipt_registration: "pending" as const } : {}),
    };
    if (method?.type === "sbp") payment.confirmation.confirmation_data = `https://qr.nspk.ru/AS1A${id.slice(0, 28)}`;
    this.payments.set(id, payment);
    return [200, payment];
  }

  private cancel(id: string): [number, unknown] {
    const payment = this.payments.get(id);
    if (!payment) return errorBody(404, "not_found", "Payment not found");
    if (payment.status === "succeeded")
      return errorBody(400, "invalid_request", "Payment is already succeeded and cannot be canceled");
    if (payment.status === "pending" && this.pendingCancel === "refuse") {
      return errorBody(400, "invalid_request", "Only a payment in the waiting_for_capture status can be canceled");
    }
    if (payment.status !== "canceled") {
      payment.status = "canceled";
      payment.cancellation_details = { party: "merchant", reason: "canceled_by_merchant" };
    }
    return [200, payment];
  }

  private refund(body: unknown): [number, unknown] {
    const request = body as {
      payment_id?: string;
      amount?: { value?: unknown; currency?: unknown };
      receipt?: unknown;
    };
    const payment = this.payments.get(request?.payment_id ?? "");
    if (!payment) return errorBody(404, "not_found", "Payment not found", "payment_id");
    if (payment.status !== "succeeded")
      return errorBody(400, "invalid_request", "Payment is not succeeded", "payment_id");
    if (typeof request.amount?.value !== "string" || !/^\d+\.\d{2}$/.test(request.amount.value)) {
      return errorBody(400, "invalid_request", "Amount value must be a string with two decimals", "amount.value");
    }
    const amount = toKopecks(request.amount.value);
    const left = toKopecks(payment.amount.value) - this.refundedOf(payment.id, true);
    if (amount <= 0 || amount > left) {
      return errorBody(
        400,
        "invalid_request",
        `Refund amount exceeds the amount left to refund (${toValue(left)})`,
        "amount.value",
      );
    }
    if (request.receipt !== undefined) {
      const problem = receiptProblem(request.receipt, request.amount.value);
      if (problem)
        return errorBody(
          400,
          "invalid_request",
          problem.description,
          `receipt.${problem.parameter.replace(/^receipt\./, "")}`,
        );
    }
    const refund: FakeRefund = {
      id: randomUUID(),
      payment_id: payment.id,
      status: "pending",
      amount: { value: request.amount.value, currency: "RUB" },
      created_at: new Date().toISOString(),
      ...(request.receipt !== undefined ? { receipt_registration: "pending" as const } : {}),
    };
    this.refunds.set(refund.id, refund);
    if (request.receipt !== undefined) this.receipts.set(refund.id, request.receipt);
    if (this.refundStatus === "succeeded") this.settleRefund(refund.id, "succeeded");
    return [200, refund];
  }

  /** Kopecks refunded (or, with `pendingToo`, asked for and not canceled) of a payment. */
  private refundedOf(paymentId: string, pendingToo = false): number {
    return [...this.refunds.values()]
      .filter((r) => r.payment_id === paymentId && (r.status === "succeeded" || (pendingToo && r.status === "pending")))
      .reduce((total, r) => total + toKopecks(r.amount.value), 0);
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

const toKopecks = (value: string) => Math.round(Number(value) * 100);
const toValue = (kopecks: number) => (kopecks / 100).toFixed(2);

/**
 * What YooKassa says about a receipt it cannot take: the first bad parameter,
 * named as YooKassa names it (`receipt.items[0].vat_code`).
 */
function receiptProblem(receipt: unknown, paymentValue: string): { description: string; parameter: string } | null {
  const r = receipt as {
    customer?: { email?: unknown; phone?: unknown };
    items?: unknown;
    tax_system_code?: unknown;
  } | null;
  if (!r || typeof r !== "object") return { description: "Receipt must be an object", parameter: "receipt" };
  const email = r.customer?.email;
  const phone = r.customer?.phone;
  if (typeof email !== "string" && typeof phone !== "string") {
    return { description: "Receipt must have customer email or phone", parameter: "receipt.customer" };
  }
  if (typeof phone === "string" && !/^\d{11,15}$/.test(phone)) {
    return { description: "Phone must be digits only, in ITU-T E.164 format", parameter: "receipt.customer.phone" };
  }
  if (!Array.isArray(r.items) || r.items.length === 0) {
    return { description: "Receipt must have at least one item", parameter: "receipt.items" };
  }
  if (r.items.length > 100) return { description: "Receipt has more than 100 items", parameter: "receipt.items" };
  let total = 0;
  for (const [i, raw] of r.items.entries()) {
    const item = raw as {
      description?: unknown;
      quantity?: unknown;
      amount?: { value?: unknown; currency?: unknown };
      vat_code?: unknown;
      payment_subject?: unknown;
      payment_mode?: unknown;
    };
    const at = `receipt.items[${i}]`;
    if (typeof item.description !== "string" || item.description.length === 0 || item.description.length > 128) {
      return { description: "Item description must be 1 to 128 characters", parameter: `${at}.description` };
    }
    const quantity = Number(item.quantity);
    if (!(quantity > 0)) return { description: "Item quantity must be positive", parameter: `${at}.quantity` };
    if (typeof item.amount?.value !== "string" || !/^\d+\.\d{2}$/.test(item.amount.value)) {
      return { description: "Item amount value must be a string with two decimals", parameter: `${at}.amount.value` };
    }
    if (!Number.isInteger(item.vat_code) || (item.vat_code as number) < 1 || (item.vat_code as number) > 12) {
      return { description: "Item vat_code must be an integer from 1 to 12", parameter: `${at}.vat_code` };
    }
    if (item.payment_subject !== undefined && typeof item.payment_subject !== "string") {
      return { description: "Item payment_subject is invalid", parameter: `${at}.payment_subject` };
    }
    if (item.payment_mode !== undefined && typeof item.payment_mode !== "string") {
      return { description: "Item payment_mode is invalid", parameter: `${at}.payment_mode` };
    }
    total += Math.round(toKopecks(item.amount.value) * quantity);
  }
  if (total !== toKopecks(paymentValue)) {
    return { description: "Sum of the receipt items differs from the amount", parameter: "receipt.items" };
  }
  if (
    r.tax_system_code !== undefined &&
    (!Number.isInteger(r.tax_system_code) || (r.tax_system_code as number) < 1 || (r.tax_system_code as number) > 6)
  ) {
    return { description: "tax_system_code must be an integer from 1 to 6", parameter: "receipt.tax_system_code" };
  }
  return null;
}
