import type { Role } from "../session";

/** The kiosk's states and events in the operator's words; an unknown one is shown as the kiosk says it. */
export const paymentStatuses: Record<string, string> = {
  pending: "ожидает оплаты",
  confirmed: "оплачен",
  partially_refunded: "частично возвращён",
  refunded: "возвращён",
  failed: "отклонён",
  expired: "истёк",
  cancelled: "отменён",
};

export const paymentStatus = (status: string) => paymentStatuses[status] ?? status;

export const commandKinds: Record<string, string> = {
  refund: "возврат",
  redeliver: "повторная отправка отчёта",
  resend_link: "повторная ссылка на отчёт",
  open_cell: "открыть ячейку",
  expire_session: "завершить сеанс",
};

export const commandStatuses: Record<string, string> = {
  pending: "ждёт киоск",
  done: "выполнена",
  failed: "не выполнена",
  expired: "истекла: киоск не забрал вовремя",
};

/** The console's own actions (`console_audit.action`), as the audit search shows and offers them. */
export const consoleActionNames: Record<string, string> = {
  login: "вход",
  "login.failed": "неудачный вход",
  logout: "выход",
  "logout.everywhere": "выход на всех устройствах",
  "password.changed": "смена своего пароля",
  "password.change_failed": "неверный текущий пароль при смене",
  "account.created": "сотрудник добавлен",
  "account.updated": "сотрудник изменён",
  "account.locked": "вход заблокирован",
  "account.unlocked": "блокировка снята",
  "account.password_reset": "пароль сброшен администратором",
  "account.admin_restored": "администратор восстановлен из командной строки",
  "kiosk.created": "киоск добавлен",
  "kiosk.enroll_code_issued": "выдан код подключения",
  "kiosk.enrolled": "киоск подключился",
  "kiosk.revoked": "доступ киоска отозван",
  "kiosk.credential_rotated": "ключ киоска заменён",
  "kiosk.chain_restarted": "журнал киоска начат заново",
  "command.created": "команда киоску",
};

export const consoleActionName = (action: string) => consoleActionNames[action] ?? action;

export const channels: Record<string, string> = { email: "почта", sms: "SMS" };

/** Who took the money: the kiosk's payment provider. */
const providers: Record<string, string> = { yookassa: "ЮKassa", emulator: "эмулятор (DEV)" };
export const providerName = (provider: string) => providers[provider] ?? provider;

/** The fleet's events (`fleetEventNames`) as an operator reads them in a story or the audit search. */
export const eventNames: Record<string, string> = {
  "session.created": "сеанс начат",
  "session.completed": "сеанс завершён",
  "session.failed": "сеанс прерван ошибкой",
  "session.cancelled": "сеанс отменён",
  "session.expired": "сеанс истёк",
  "payment.created": "платёж создан",
  "payment.confirmed": "оплата получена",
  "payment.failed": "оплата отклонена",
  "payment.expired": "платёж истёк",
  "payment.cancelled": "платёж отменён",
  "payment.refunded": "возвращён полностью",
  "payment.partially_refunded": "возвращён частично",
  "payment.late_success": "поздняя оплата",
  "payment.amount_mismatch": "сумма не совпала",
  "payment.refund_succeeded": "возврат прошёл",
  "payment.refund_canceled": "возврат отклонён",
  "report.generated": "отчёт готов",
  "report.resent": "отчёт отправлен повторно",
  "delivery.sent": "доставлено",
  "delivery.dead": "не доставлено",
  "delivery.redriven": "отправлено заново",
};

export const eventName = (event: string) => eventNames[event] ?? event;

export const roleNames: Record<Role, string> = { viewer: "наблюдатель", operator: "оператор", admin: "администратор" };
