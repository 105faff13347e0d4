import { createKioskClient, kioskApiError, TRPCClientError, type KioskClient, type RouterOutputs } from "@kiosk/client";

export type Api = KioskClient;
export type Catalog = RouterOutputs["catalog"]["get"];
export type Payment = RouterOutputs["payments"]["get"];
export type Report = RouterOutputs["reports"]["get"];
export type Delivery = Report["deliveries"][number];
/** The agent's own unions, as types only: its packages never reach the bundle (apps/kiosk/test/bundle.test.ts). */
export type PaymentStatus = Payment["status"];
export type VehicleType = Catalog["services"]["thickness"]["prices"][number]["vehicleType"];
/** The agent's OBD-II scan as devices.scan.* answer and stream it. */
export type ScanView = RouterOutputs["devices"]["scan"]["get"];
/** The device fault codes the agent's scans and measurements end with: one family for both. */
export type ScanErrorCode = NonNullable<ScanView["error"]>["code"];
/** The agent's guided thickness measurement, and what devices.measurement.onReading streams. */
export type MeasurementView = RouterOutputs["devices"]["measurement"]["get"];
export type MeasurementEvent =
  RouterOutputs["devices"]["measurement"]["onReading"] extends AsyncIterable<infer Event> ? Event : never;
export type MeasuredZone = MeasurementView["zones"][number];
/** A device's trip out of its locker cell and back, as the scan and the measurement carry it. */
export type Handout = NonNullable<ScanView["locker"]>;

/** The agent that serves this page: the kiosk UI always talks to its own origin. */
export const createApi = (origin: string = window.location.origin): Api => createKioskClient({ url: origin });

/** The agent could not be reached at all (not an answer it gave): the "unavailable" screen's business. */
export const isUnreachable = (error: unknown): boolean => error instanceof TRPCClientError && !kioskApiError(error);

/** A Russian sentence a customer understands for an answer the agent gave; never a code alone. */
export function customerMessage(error: unknown): string {
  const answer = kioskApiError(error);
  if (!answer) return "Что-то пошло не так. Попробуйте ещё раз.";
  const reason = answer.details.reason;
  switch (answer.code) {
    case "TOO_MANY_REQUESTS":
      return "Слишком много попыток подряд. Подождите минуту и попробуйте снова.";
    case "SERVICE_UNAVAILABLE":
      return reason === "storage_full" || reason === "storage_failure"
        ? "Терминал не может сохранить данные. Пожалуйста, обратитесь к администратору."
        : "Платёжная система или почта сейчас не отвечают. Попробуйте ещё раз через минуту.";
    case "CONFLICT":
      if (reason === "DEVICE_NOT_READY") {
        return "Услуга сейчас недоступна: прибор не отвечает. Нажмите «Отменить», чтобы выбрать другую услугу, или позовите оператора.";
      }
      if (reason === "NO_SCAN") {
        return "Результат диагностики не найден. Оплата сохранена: пожалуйста, позовите оператора.";
      }
      if (reason === "NO_MEASUREMENT") {
        return "Результат измерения не найден. Оплата сохранена: пожалуйста, позовите оператора.";
      }
      if (reason === "MISSING_ZONES") {
        return "Измерены ещё не все зоны: приложите датчик к зоне, подсвеченной на схеме.";
      }
      return "Этот шаг уже выполнен или сеанс завершён. Начните, пожалуйста, заново.";
    case "NOT_FOUND":
      return "Сеанс не найден: возможно, он завершился. Начните, пожалуйста, заново.";
    default:
      return "Не удалось выполнить действие. Попробуйте ещё раз.";
  }
}

export { kioskApiError };
