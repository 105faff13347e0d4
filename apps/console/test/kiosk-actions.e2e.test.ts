import { join } from "node:path";
import { systemClock } from "@kiosk/core";
import { createKioskClient } from "@kiosk/client";
import {
  eventually,
  paidDiagnosticsSession,
  payAtYooKassa,
  startTestAgent,
  yookassaAgentEnv,
  type TestAgent,
} from "@kiosk/agent/testing";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { fakeSmsc, smscError } from "@kiosk/reporting/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperator } from "../../backoffice/test/operators";
import { laptop, launchChromium, openConsole, pageIs, signIn, tabletPortrait, type ConsolePage } from "./browser";
import { startFleet, type TestFleet } from "./fleet";
import { docsDir } from "./paths";

/**
 * The operator's day in Chromium on a real fleet: a backoffice process on
 * PostgreSQL, a PROD kiosk paid through a fake YooKassa and a DEV kiosk whose
 * SMS provider refuses. A refund from the console reaches the kiosk's
 * YooKassa and comes back settled; a dead delivery is sent again; a new kiosk
 * is enrolled with the code the console shows, then revoked. Each page is
 * then photographed for the docs.
 */
const password = "лошадь батарея скрепка";
const tokens = { "kiosk-1": "kiosk-1-fleet-token-0123456789", "kiosk-2": "kiosk-2-fleet-token-0123456789" };
const fleetFile = { fleet: { tickMs: 100, maxDelayMs: 400 }, delivery: { tickMs: 100 } };

let fleet: TestFleet;
let browser: Browser;
let yookassa: FakeYooKassa;
let sms: ReturnType<typeof fakeSmsc>;
let paidKiosk: TestAgent;
let smsKiosk: TestAgent;
let admin: ConsolePage;
let adminId: string;

const fleetEnv = (kioskId: keyof typeof tokens) => ({
  FLEET_URL: fleet.url,
  KIOSK_ID: kioskId,
  FLEET_TOKEN: tokens[kioskId],
  REPORT_LINK_WAIT_MS: "200",
});

beforeAll(async () => {
  fleet = await startFleet({
    BACKOFFICE_KIOSK_TOKENS: Object.entries(tokens)
      .map(([id, token]) => `${id}:${token}`)
      .join(","),
  });
  yookassa = await new FakeYooKassa().start();
  sms = await fakeSmsc().start();
  paidKiosk = await startTestAgent(
    { ...yookassaAgentEnv(yookassa, "185.71.76.0/27"), ...fleetEnv("kiosk-1") },
    fleetFile,
    { clock: systemClock },
  );
  smsKiosk = await startTestAgent(
    {
      ...fleetEnv("kiosk-2"),
      SMS_PROVIDER: "smsc",
      SMSC_API_URL: sms.url,
      SMSC_LOGIN: "kiosk",
      SMSC_PASSWORD: "console-test-password",
    },
    // One attempt: the refused SMS is dead at once, as one out of attempts would be. Its whole
    // audit log is checked twice a second, so an edited row is flagged while the test waits.
    {
      fleet: { ...fleetFile.fleet, auditCheckIntervalMs: 500 },
      delivery: { tickMs: 100, maxAttempts: 1 },
      payments: { dev: { manualMode: true } },
    },
    { clock: systemClock },
  );
  adminId = (await createOperator(fleet.databaseUrl, { email: "anna@example.ru", role: "admin", password })).id;
  browser = await launchChromium();
  admin = await openConsole(browser, fleet.url);
  await signIn(admin.page, "anna@example.ru", password);
});
afterAll(async () => {
  await browser?.close();
  await paidKiosk?.stop();
  await smsKiosk?.stop();
  await yookassa?.stop();
  await sms?.stop();
  await fleet?.stop();
});

async function go(page: Page, path: string, name: string) {
  await page.goto(`${fleet.url}${path}`);
  await pageIs(page, name);
}

describe("the operator's day in the console", () => {
  it("refunds part of a payment: the kiosk's YooKassa refunds it and the payment page shows it", async () => {
    const api = createKioskClient({ url: paidKiosk.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.ru" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    await payAtYooKassa(paidKiosk, yookassa, payment.id);
    const { page } = admin;
    await go(page, `/payments/kiosk-1/${payment.id}`, "payment");
    await expect.poll(() => page.getAttribute("[data-status]", "data-status"), { timeout: 15_000 }).toBe("confirmed");
    await page.fill('input[name="refund-amount"]', "100,50");
    await page.getByRole("button", { name: "Вернуть деньги" }).click();
    await expect
      .poll(() => page.getAttribute("[data-status]", "data-status"), { timeout: 20_000 })
      .toBe("partially_refunded");
    expect(await page.textContent("[data-refunded]")).toBe("100,50\u00a0₽");
    await expect.poll(() => page.getAttribute("[data-command-status]", "data-command-status")).toBe("done");
    // YooKassa was asked once, for exactly that amount.
    const remote = yookassa.findByOurId(payment.id);
    const asked = yookassa
      .refundRequestsFor(remote?.id ?? "")
      .map((r) => (r.body as { amount: { value: string } }).amount.value);
    expect([...new Set(asked)]).toEqual(["100.50"]);
    expect(await page.locator('[data-event="payment.refund_succeeded"]').count()).toBe(1);
  });

  it("sends a dead delivery again from the dead deliveries page", async () => {
    sms.answerNext(smscError(3, "no money on the account"));
    const { api, session } = await paidDiagnosticsSession(smsKiosk.url, { phone: "+79001112233" });
    const report = await api.reports.generateDiagnostics.mutate({
      sessionId: session.id,
      vehicleMake: "Lada",
      vehicleModel: "Vesta",
      dtcCodes: [{ code: "P0420", description: "Catalyst System Efficiency Below Threshold", severity: "medium" }],
      timestamp: Date.now(),
    });
    const { page } = admin;
    await go(page, "/deliveries", "deliveries");
    const row = page.locator(`[data-report="${report.id}"]`);
    await row.waitFor({ timeout: 20_000 });
    const before = sms.requests.length;
    await row.getByRole("button", { name: "Отправить снова" }).click();
    await eventually(
      () => api.reports.get.query({ id: report.id }),
      (view) => view.deliveries.every((d) => d.status === "sent"),
      20_000,
    );
    expect(sms.requests.length).toBe(before + 1);
    // Sent at last: the kiosk says so, and the row leaves the page.
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(0);
  });

  it("opens a locker cell from the kiosk's row on the overview: the kiosk's simulated locker opens it", async () => {
    const { page } = admin;
    await go(page, "/", "overview");
    const row = page.locator('[data-kiosk="kiosk-2"]');
    await row.getByRole("button", { name: "Действия" }).click();
    const actions = page.locator('[data-kiosk-actions="kiosk-2"]');
    // The console bounds the cell by the locker the kiosk reported (DEV's simulated board: 8 cells).
    await expect.poll(() => actions.locator('input[name="cell"]').getAttribute("max"), { timeout: 15_000 }).toBe("8");
    await actions.locator('input[name="cell"]').fill("9");
    await actions.getByRole("button", { name: "Открыть ячейку" }).click();
    await expect.poll(() => actions.textContent()).toContain("Номер ячейки: от 1 до 8.");
    await actions.locator('input[name="cell"]').fill("5");
    await actions.getByRole("button", { name: "Открыть ячейку" }).click();
    // Nothing is sent before the operator confirms.
    expect(await actions.locator("[data-sent-command]").count()).toBe(0);
    await actions.getByRole("button", { name: "Да, открыть" }).click();
    const sent = actions.locator("[data-sent-command]");
    await expect.poll(() => sent.getAttribute("data-command-status"), { timeout: 20_000 }).toBe("done");
    expect(await sent.textContent()).toContain("выполнена");
    // The kiosk opened that cell once, in the name of the person who asked.
    const opened = smsKiosk.sqlite
      .prepare("select actor_id as actorId, details from audit_logs where event = 'locker.opened'")
      .all() as Array<{ actorId: string; details: string }>;
    expect(opened.map((row) => [row.actorId, JSON.parse(row.details) as unknown])).toEqual([
      [adminId, { cell: 5, outcome: "opened" }],
    ]);
  });

  it("expires a stuck session from its payment's page, and another by its id from the overview", async () => {
    const api = createKioskClient({ url: smsKiosk.url });
    const stuck = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "left@example.ru" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: stuck.id, amount: 48000 });
    const { page } = admin;
    await go(page, `/payments/kiosk-2/${payment.id}`, "payment");
    await expect.poll(() => page.getAttribute("[data-status]", "data-status"), { timeout: 15_000 }).toBe("pending");
    const form = page.getByRole("form", { name: "Завершить сеанс" });
    await form.getByRole("button", { name: "Завершить сеанс" }).click();
    await form.getByRole("button", { name: "Да, завершить" }).click();
    await expect
      .poll(() => form.locator("[data-sent-command]").getAttribute("data-command-status"), { timeout: 20_000 })
      .toBe("done");
    expect((await api.sessions.get.query({ id: stuck.id })).status).toBe("expired");
    // Its pending payment was cancelled first, and the console hears of it.
    await expect.poll(() => page.getAttribute("[data-status]", "data-status"), { timeout: 15_000 }).toBe("cancelled");

    const other = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "other@example.ru" } });
    await go(page, "/", "overview");
    await page.locator('[data-kiosk="kiosk-2"]').getByRole("button", { name: "Действия" }).click();
    const actions = page.locator('[data-kiosk-actions="kiosk-2"]');
    await actions.locator('input[name="sessionId"]').fill(other.id);
    await actions.getByRole("button", { name: "Завершить сеанс" }).click();
    await actions.getByRole("button", { name: "Да, завершить" }).click();
    await expect
      .poll(
        () =>
          actions
            .getByRole("form", { name: "Завершить сеанс" })
            .locator("[data-sent-command]")
            .getAttribute("data-command-status"),
        { timeout: 20_000 },
      )
      .toBe("done");
    expect((await api.sessions.get.query({ id: other.id })).status).toBe("expired");
  });

  it("offers a viewer no commands on the overview", async () => {
    await createOperator(fleet.databaseUrl, { email: "vera@example.ru", role: "viewer", password });
    const viewer = await openConsole(browser, fleet.url);
    try {
      await signIn(viewer.page, "vera@example.ru", password);
      await viewer.page.waitForSelector('[data-kiosk="kiosk-2"]');
      expect(await viewer.page.locator('[data-page="overview"] button').count()).toBe(0);
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.context.close();
    }
  });

  it("shows a kiosk whose audit log was edited as broken on the overview, and which row and what", async () => {
    const { page } = admin;
    await go(page, "/", "overview");
    const chain = page.locator('[data-kiosk="kiosk-2"] [data-audit-chain]');
    await expect.poll(() => chain.getAttribute("data-audit-chain"), { timeout: 15_000 }).toBe("ok");
    expect(await chain.textContent()).toBe("в порядке");
    const { id } = smsKiosk.sqlite.prepare("select min(id) as id from audit_logs where hash is not null").get() as {
      id: number;
    };
    smsKiosk.sqlite.prepare("update audit_logs set details = json_set(details, '$.edited', 1) where id = ?").run(id);
    await expect.poll(() => chain.getAttribute("data-audit-chain"), { timeout: 20_000 }).toBe("broken");
    expect(await chain.textContent()).toBe(
      `нарушенЗапись № ${id}: запись изменена после того, как была сделана (нашла проверка журнала на самом киоске).`,
    );
  });

  it("enrolls a new kiosk with the code the console shows, and revokes it: its next push is refused", async () => {
    const { page } = admin;
    await go(page, "/kiosks", "kiosks");
    await page.fill('input[name="kioskId"]', "kiosk-3");
    await page.fill('input[name="name"]', "Казань, Проспект Победы 91");
    await page.getByRole("button", { name: "Добавить киоск" }).click();
    const code = await (await page.waitForSelector("[data-enroll-code]")).getAttribute("data-enroll-code");
    expect(code).toMatch(/\S{8,}/);
    const newKiosk = await startTestAgent(
      { FLEET_URL: fleet.url, KIOSK_ID: "kiosk-3", FLEET_ENROLL_CODE: code ?? "" },
      { ...fleetFile, payments: { dev: { manualMode: true } } },
      { clock: systemClock },
    );
    try {
      await go(page, "/", "overview");
      const row = page.locator('[data-kiosk="kiosk-3"]');
      await expect
        .poll(
          () =>
            row
              .locator("[data-online]")
              .getAttribute("data-online", { timeout: 1_000 })
              .catch(() => null),
          { timeout: 20_000 },
        )
        .toBe("online");
      await go(page, "/kiosks", "kiosks");
      await page.locator('[data-kiosk="kiosk-3"]').getByRole("button", { name: "Отозвать" }).click();
      await expect
        .poll(() => page.getAttribute('[data-kiosk="kiosk-3"] [data-credential]', "data-credential"))
        .toBe("revoked");
      // Its next push is refused: the credential it enrolled with (kept in its SQLite) no longer opens the ingest.
      const { token } = newKiosk.sqlite
        .prepare("select token from fleet_credentials where kiosk_id = 'kiosk-3'")
        .get() as {
        token: string;
      };
      const push = await fetch(`${fleet.url}/api/ingest`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ kioskId: "kiosk-3", events: [] }),
      });
      expect(push.status).toBe(403);
    } finally {
      await newKiosk.stop();
    }
  });

  it("photographs each page for the docs, on a laptop and a tablet", async () => {
    const { page } = admin;
    const shots: Array<[string, string, string]> = [
      ["/", "overview", "overview"],
      ["/payments", "payments", "payments"],
      ["/refunds", "refunds", "refunds"],
      ["/deliveries", "deliveries", "deliveries"],
      ["/audit", "audit", "audit"],
      ["/accounts", "accounts", "accounts"],
      ["/kiosks", "kiosks", "kiosks"],
      ["/account", "account", "account"],
    ];
    await page.setViewportSize(laptop);
    for (const [path, name, file] of shots) {
      await go(page, path, name);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: join(docsDir, `console-${file}.png`) });
    }
    await go(page, "/payments?kioskId=kiosk-1", "payments");
    await page.locator("[data-payment] a").first().click();
    await pageIs(page, "payment");
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: join(docsDir, "console-payment.png"), fullPage: true });
    // A kiosk's row opened for its commands, the question asked before a cell opens (not confirmed).
    await go(page, "/", "overview");
    await page.locator('[data-kiosk="kiosk-1"]').getByRole("button", { name: "Действия" }).click();
    const actions = page.locator('[data-kiosk-actions="kiosk-1"]');
    await actions.locator('input[name="cell"]').fill("4");
    await actions.getByRole("button", { name: "Открыть ячейку" }).click();
    await actions.getByRole("button", { name: "Да, открыть" }).waitFor();
    await page.screenshot({ path: join(docsDir, "console-overview-actions.png") });
    await page.setViewportSize(tabletPortrait);
    await go(page, "/", "overview");
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: join(docsDir, "console-overview-tablet.png") });
    const login = await openConsole(browser, fleet.url, laptop);
    await pageIs(login.page, "login");
    await login.page.screenshot({ path: join(docsDir, "console-login.png") });
    expect(admin.errors).toEqual([]);
    expect(login.errors).toEqual([]);
  });
});
