import { DomainError } from "@kiosk/core";
import { z } from "zod";
import { readNotification } from "../notification";
import {
  fromDecimal,
  toDecimal,
  type PaymentProvider,
  type ProviderPayment,
  type ProviderRefund,
  type Receipt,
} from "../types";

export interface YooKassaSettings {
  apiUrl: string;
  shopId: string;
  secretKey: string;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** `sbp` asks for SBP's QR on every payment that does not name a method; `any` (the default) leaves it to YooKassa. */
  paymentMethod?: "sbp" | "any";
}

const paymentSchema = z
  .object({
    id: z.string(),
    status: z.enum(["pending", "waiting_for_capture", "succeeded", "canceled"]),
    amount: z.object({ value: z.string(), currency: z.string() }),
    confirmation: z
      .object({ type: z.string(), confirmation_data: z.string().optional(), confirmation_url: z.string().optional() })
      .loose()
      .optional(),
    cancellation_details: z.object({ party: z.string(), reason: z.string() }).optional(),
    receipt_registration: z.enum(["pending", "succeeded", "canceled"]).optional(),
  })
  .loose();

const refundSchema = z
  .object({
    id: z.string(),
    payment_id: z.string(),
    status: z.enum(["pending", "succeeded", "canceled"]),
    amount: z.object({ value: z.string(), currency: z.string() }),
    cancellation_details: z.object({ party: z.string(), reason: z.string() }).optional(),
    receipt_registration: z.enum(["pending", "succeeded", "canceled"]).optional(),
  })
  .loose();

const errorSchema = z.object({
  type: z.literal("error"),
  code: z.string(),
  description: z.string().optional(),
  parameter: z.string().optional(),
});

/** The failure of one attempt, and whether trying again with the same key may help. */
class AttemptError extends Error {
  constructor(
    readonly retryable: boolean,
    readonly error: DomainError,
  ) {
    super(error.message);
  }
}

const unexpected = (what: string) =>
  new AttemptError(
    true,
    new DomainError("PROVIDER_UNAVAILABLE", `YooKassa answered ${what}`, { provider: "yookassa" }),
  );

function toProviderPayment(body: unknown): ProviderPayment {
  const parsed = paymentSchema.safeParse(body);
  if (!parsed.success) throw unexpected("a payment object we cannot read").error;
  const payment = parsed.data;
  return {
    id: payment.id,
    status: payment.status,
    amount: fromDecimal(payment.amount.value),
    currency: payment.amount.currency,
    qrCodeData: payment.confirmation?.confirmation_data ?? null,
    confirmationUrl: payment.confirmation?.confirmation_url ?? null,
    cancellationReason: payment.cancellation_details?.reason ?? null,
    receiptRegistration: payment.receipt_registration ?? null,
    raw: body,
  };
}

function toProviderRefund(body: unknown): ProviderRefund {
  const parsed = refundSchema.safeParse(body);
  if (!parsed.success) throw unexpected("a refund object we cannot read").error;
  const refund = parsed.data;
  return {
    id: refund.id,
    providerPaymentId: refund.payment_id,
    status: refund.status,
    amount: fromDecimal(refund.amount.value),
    cancellationReason: refund.cancellation_details?.reason ?? null,
    receiptRegistration: refund.receipt_registration ?? null,
    raw: body,
  };
}

/** Our receipt in YooKassa's words: `customer`, `items` with decimal amounts, `tax_system_code`. */
function receiptBody(receipt: Receipt, currency: string) {
  return {
    customer: receipt.customer,
    items: receipt.items.map((item) => ({
      description: item.description,
      quantity: item.quantity.toFixed(2),
      amount: { value: toDecimal(item.amount), currency },
      vat_code: item.vatCode,
      payment_subject: item.paymentSubject,
      payment_mode: item.paymentMode,
    })),
    ...(receipt.taxSystemCode !== undefined ? { tax_system_code: receipt.taxSystemCode } : {}),
  };
}

/**
 * YooKassa API v3 over real HTTP: Basic auth, an Idempotence-Key on every POST
 * (the same on every retry), 429/5xx/timeouts retried with growing intervals,
 * error bodies surfaced as clear domain errors.
 */
export function createYooKassaProvider(settings: YooKassaSettings): PaymentProvider {
  const base = settings.apiUrl.replace(/\/+$/, "");
  const authorization = `Basic ${Buffer.from(`${settings.shopId}:${settings.secretKey}`).toString("base64")}`;

  async function attempt(method: "GET" | "POST", path: string, body: unknown, idempotenceKey?: string) {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(idempotenceKey ? { "idempotence-key": idempotenceKey } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "is unreachable";
      throw new AttemptError(
        true,
        new DomainError("PROVIDER_UNAVAILABLE", `YooKassa ${reason}`, { provider: "yookassa" }),
      );
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // A proxy's HTML error page, a truncated body: treat like any other bad gateway.
      if (response.ok) throw unexpected(`a non-JSON body (HTTP ${response.status})`);
    }
    if (response.ok) return json;
    const parsed = errorSchema.safeParse(json);
    const details = {
      provider: "yookassa",
      httpStatus: response.status,
      ...(parsed.success
        ? { providerCode: parsed.data.code, description: parsed.data.description, parameter: parsed.data.parameter }
        : {}),
    };
    const what = parsed.success
      ? `${parsed.data.code}${parsed.data.description ? `: ${parsed.data.description}` : ""}${parsed.data.parameter ? ` (${parsed.data.parameter})` : ""}`
      : `HTTP ${response.status}`;
    const message = `YooKassa refused the request: ${what}`;
    if (response.status === 429 || response.status >= 500) {
      throw new AttemptError(true, new DomainError("PROVIDER_UNAVAILABLE", message, details));
    }
    if (response.status === 404) throw new AttemptError(false, new DomainError("NOT_FOUND", message, details));
    if (response.status === 400) throw new AttemptError(false, new DomainError("BAD_REQUEST", message, details));
    // 401/403: our credentials or shop settings are wrong; nothing the caller can fix.
    throw new AttemptError(false, new DomainError("PROVIDER_UNAVAILABLE", message, details));
  }

  async function call(method: "GET" | "POST", path: string, body?: unknown, idempotenceKey?: string) {
    for (let n = 1; ; n++) {
      try {
        return await attempt(method, path, body, idempotenceKey);
      } catch (error) {
        if (!(error instanceof AttemptError)) throw error;
        if (!error.retryable || n >= settings.maxAttempts) throw error.error;
        const backoff = settings.retryBaseMs * 2 ** (n - 1);
        await new Promise((resolve) => setTimeout(resolve, backoff + Math.random() * backoff * 0.2));
      }
    }
  }

  return {
    name: "yookassa",
    async createPayment(request) {
      const method = request.paymentMethod ?? (settings.paymentMethod === "sbp" ? "sbp" : undefined);
      const body = {
        amount: { value: toDecimal(request.amount), currency: request.currency },
        capture: true,
        confirmation: { type: "qr" },
        description: request.description.slice(0, 128),
        metadata: request.metadata,
        ...(method ? { payment_method_data: { type: method } } : {}),
        ...(request.receipt ? { receipt: receiptBody(request.receipt, request.currency) } : {}),
      };
      return toProviderPayment(await call("POST", "/payments", body, request.idempotenceKey));
    },
    async getPayment(id) {
      return toProviderPayment(await call("GET", `/payments/${encodeURIComponent(id)}`));
    },
    async cancelPayment(id, idempotenceKey) {
      return toProviderPayment(await call("POST", `/payments/${encodeURIComponent(id)}/cancel`, {}, idempotenceKey));
    },
    async refundPayment(request) {
      const body = {
        payment_id: request.providerPaymentId,
        amount: { value: toDecimal(request.amount), currency: request.currency },
        ...(request.receipt ? { receipt: receiptBody(request.receipt, request.currency) } : {}),
      };
      return toProviderRefund(await call("POST", "/refunds", body, request.idempotenceKey));
    },
    async getRefund(id) {
      return toProviderRefund(await call("GET", `/refunds/${encodeURIComponent(id)}`));
    },
    readNotification,
  };
}
