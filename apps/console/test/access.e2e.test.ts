import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callTrpc, createOperator, signIn as signInOverHttp } from "../../backoffice/test/operators";
import { launchChromium, openConsole, pageIs, signIn, type ConsolePage } from "./browser";
import { startFleet, type TestFleet } from "./fleet";

/**
 * People at the console in Chromium: the login form (right, wrong, locked), and
 * what each role is offered; what a role may not do is not on its screen, and
 * the server refuses it anyway.
 */
const password = "лошадь батарея скрепка";
const people = {
  admin: "admin@example.ru",
  operator: "operator@example.ru",
  viewer: "viewer@example.ru",
  locked: "locked@example.ru",
  changer: "changer@example.ru",
  everywhere: "everywhere@example.ru",
  forgetful: "forgetful@example.ru",
};

let fleet: TestFleet;
let browser: Browser;
const opened: ConsolePage[] = [];

beforeAll(async () => {
  fleet = await startFleet({
    BACKOFFICE_LOGIN_MAX_FAILURES: "3",
    BACKOFFICE_LOGIN_RATE_PER_MINUTE: "1000",
  });
  browser = await launchChromium();
  for (const role of ["admin", "operator", "viewer"] as const) {
    await createOperator(fleet.databaseUrl, { email: people[role], role, password });
  }
  for (const email of [people.locked, people.changer, people.everywhere, people.forgetful]) {
    await createOperator(fleet.databaseUrl, { email, role: "operator", password });
  }
});
afterAll(async () => {
  await browser?.close();
  await fleet?.stop();
});

async function open(path = "/") {
  const page = await openConsole(browser, `${fleet.url}${path}`);
  opened.push(page);
  return page;
}

async function tryPassword({ page }: ConsolePage, email: string, attempt: string) {
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(attempt);
  await page.getByRole("button", { name: "Войти" }).click();
}

const menuOf = async ({ page }: ConsolePage) => page.locator(".menu-item").allTextContents();
/** The menu a viewer and an operator see alike: the fleet's pages, none of the admins'. */
const menuBelowAdmin = ["Киоски сейчас", "Платежи", "Поздние оплаты", "Недоставленные", "Журнал"];

describe("the login form", () => {
  it("signs a person in with the right password and shows the overview, with who is signed in", async () => {
    const consolePage = await open();
    await pageIs(consolePage.page, "login");
    await signIn(consolePage.page, people.admin, password);
    await expect.poll(() => consolePage.page.locator(".who-email").textContent()).toBe(people.admin);
    // The session is the cookie's: a reload stays signed in.
    await consolePage.page.reload();
    await pageIs(consolePage.page, "overview");
  });

  it("shows the server's message for a wrong password, and stays on the form", async () => {
    const consolePage = await open();
    await tryPassword(consolePage, people.viewer, "не тот пароль совсем");
    await expect.poll(() => consolePage.page.getByRole("alert").textContent()).toContain("Неверный email или пароль");
    expect(await consolePage.page.locator('[data-page="login"]').count()).toBe(1);
  });

  it("shows the lockout's message after too many wrong passwords, even for the right one", async () => {
    const consolePage = await open();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await tryPassword(consolePage, people.locked, `неверный пароль ${attempt}`);
      await expect.poll(() => consolePage.page.getByRole("alert").textContent()).toBeTruthy();
    }
    await tryPassword(consolePage, people.locked, password);
    await expect.poll(() => consolePage.page.getByRole("alert").textContent()).toMatch(/заблокирован/i);
    expect(await consolePage.page.locator('[data-page="login"]').count()).toBe(1);
  });

  it("signs out: the form again, and the old session no longer reads", async () => {
    const consolePage = await open();
    await signIn(consolePage.page, people.viewer, password);
    await consolePage.page.getByRole("button", { name: "Выйти" }).click();
    await pageIs(consolePage.page, "login");
    await consolePage.page.reload();
    await pageIs(consolePage.page, "login");
  });
});

describe("a server the console cannot reach", () => {
  it("says so with a way back, and signs in once it answers: on the button, and by itself", async () => {
    // Not among `opened`: each refused connection is a console error of Chromium's own.
    const { page, context, errors } = await openConsole(browser, fleet.url);
    try {
      await pageIs(page, "login");
      const authMe = /\/trpc\/auth\.me/;
      const unreachable = async () => {
        await page.route(authMe, (route) => route.abort("internetdisconnected"));
        await page.reload();
        await pageIs(page, "unreachable");
        expect(await page.getByRole("alert").textContent()).toContain("не может связаться с сервером");
        await page.unroute(authMe);
      };
      await unreachable();
      await page.getByRole("button", { name: "Повторить" }).click();
      await pageIs(page, "login");
      await unreachable();
      // Nobody presses anything: it asks again every few seconds.
      await pageIs(page, "login", 15_000);
      expect(errors.filter((error) => !error.includes("net::ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Whether the backoffice lets `email` in with `attempt`: the HTTP status of the sign-in. */
const signInStatus = async (email: string, attempt: string) =>
  (await callTrpc(fleet.url, "mutation", "auth.login", { input: { email, password: attempt } })).status;

describe("your account", () => {
  it("changes the person's own password, with the server's refusals in Russian", async () => {
    const { page } = await open();
    await signIn(page, people.changer, password);
    await page.getByRole("link", { name: people.changer }).click();
    await pageIs(page, "account");
    const form = page.getByRole("form", { name: "Сменить пароль" });
    const change = async (current: string, next: string, again = next) => {
      await form.locator('input[name="current-password"]').fill(current);
      await form.locator('input[name="new-password"]').fill(next);
      await form.locator('input[name="new-password-again"]').fill(again);
      await form.getByRole("button", { name: "Сменить пароль" }).click();
    };
    const newPassword = "жёлтый трамвай ночью поёт";
    await change(password, newPassword, "другой повтор пароля");
    await expect.poll(() => form.getByRole("alert").textContent()).toBe("Новый пароль и его повтор не совпадают.");
    await change(password, "qwerty123456");
    await expect.poll(() => form.getByRole("alert").textContent()).toMatch(/^Пароль легко подобрать: /);
    expect(await form.getByRole("alert").textContent()).not.toMatch(/[a-z]{4,} [a-z]{4,}/i);
    await change("не тот текущий пароль", newPassword);
    await expect.poll(() => form.getByRole("alert").textContent()).toBe("Текущий пароль неверен.");
    await change(password, newPassword);
    await expect.poll(() => form.getByRole("status").textContent()).toContain("Пароль изменён");
    expect(await signInStatus(people.changer, password)).toBe(401);
    expect(await signInStatus(people.changer, newPassword)).toBe(200);
    // This session stays: the console still reads.
    await page.reload();
    await pageIs(page, "account");
  });

  it("signs out everywhere: this browser and another one show the login form", async () => {
    const here = await open();
    const elsewhere = await open();
    await signIn(here.page, people.everywhere, password);
    await signIn(elsewhere.page, people.everywhere, password);
    await here.page.goto(`${fleet.url}/account`);
    await pageIs(here.page, "account");
    await here.page.getByRole("button", { name: "Выйти на всех устройствах" }).click();
    await pageIs(here.page, "login");
    // The other browser's session is refused on its next refetch of the overview, without a reload.
    await pageIs(elsewhere.page, "login");
    expect(elsewhere.refusals).toContain("401 /trpc/fleet.kiosks");
    await elsewhere.page.reload();
    await pageIs(elsewhere.page, "login");
  });
});

describe("each role's console", () => {
  it("a viewer sees the fleet, no admin pages, and the server refuses it a command", async () => {
    const consolePage = await open();
    await signIn(consolePage.page, people.viewer, password);
    expect(await menuOf(consolePage)).toEqual(menuBelowAdmin);
    await consolePage.page.goto(`${fleet.url}/kiosks`);
    await pageIs(consolePage.page, "kiosks");
    expect(await consolePage.page.locator("form").count()).toBe(0);
    expect(await consolePage.page.textContent('[data-page="kiosks"]')).toContain("только администраторам");
    const viewer = await signInOverHttp(fleet.url, people.viewer, password);
    const refused = await viewer.call("mutation", "commands.create", {
      input: { kioskId: "kiosk-1", requestKey: "viewer-refund-1", kind: "refund", params: { paymentId: "pay_1" } },
    });
    expect([refused.status, refused.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("an operator has no admin pages, and the server refuses it an account", async () => {
    const consolePage = await open();
    await signIn(consolePage.page, people.operator, password);
    expect(await menuOf(consolePage)).toEqual(menuBelowAdmin);
    const operator = await signInOverHttp(fleet.url, people.operator, password);
    const refused = await operator.call("mutation", "accounts.create", {
      input: { email: "new@example.ru", role: "admin", password },
    });
    expect([refused.status, refused.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("an admin creates an account, unlocks the locked one, and sees both in the console's audit", async () => {
    const consolePage = await open();
    const { page } = consolePage;
    await signIn(page, people.admin, password);
    await page.goto(`${fleet.url}/accounts`);
    await pageIs(page, "accounts");
    await page.fill('input[name="new-email"]', "new.viewer@example.ru");
    await page.fill('input[name="new-password"]', "ещё одна длинная фраза");
    await page.getByRole("button", { name: "Добавить" }).click();
    await page.waitForSelector('[data-account="new.viewer@example.ru"]');
    const locked = page.locator(`[data-account="${people.locked}"]`);
    await locked.getByRole("button", { name: "Разблокировать" }).click();
    await expect.poll(() => locked.getByRole("button", { name: "Разблокировать" }).count()).toBe(0);
    // Unlocked: the right password works again.
    await signInOverHttp(fleet.url, people.locked, password);
    // A forgotten password: the admin gives a new one; a weak one is refused in the server's words.
    const forgetful = page.locator(`[data-account="${people.forgetful}"]`);
    await forgetful.getByRole("button", { name: "Сбросить пароль" }).click();
    const reset = forgetful.getByRole("form", { name: `Новый пароль ${people.forgetful}` });
    await reset.locator('input[name="reset-password"]').fill("короткий");
    await reset.getByRole("button", { name: "Заменить пароль" }).click();
    await expect.poll(() => reset.getByRole("alert").textContent()).toMatch(/^Пароль слишком короткий/);
    const given = "синий кит читает газету";
    await reset.locator('input[name="reset-password"]').fill(given);
    await reset.getByRole("button", { name: "Заменить пароль" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain(people.forgetful);
    expect(await signInStatus(people.forgetful, password)).toBe(401);
    expect(await signInStatus(people.forgetful, given)).toBe(200);
    await page.goto(`${fleet.url}/audit?source=console`);
    await pageIs(page, "audit");
    await page.waitForSelector('[data-action="account.created"]');
    expect(await page.locator('[data-action="account.created"]').first().textContent()).toContain(people.admin);
  });

  it("opens every page without a console error", async () => {
    const consolePage = await open();
    await signIn(consolePage.page, people.admin, password);
    for (const [path, name] of [
      ["/", "overview"],
      ["/payments", "payments"],
      ["/payments/kiosk-1/pay_none", "payment"],
      ["/refunds", "refunds"],
      ["/deliveries", "deliveries"],
      ["/audit", "audit"],
      ["/audit?source=console", "audit"],
      ["/accounts", "accounts"],
      ["/kiosks", "kiosks"],
      ["/account", "account"],
    ] as const) {
      await consolePage.page.goto(`${fleet.url}${path}`);
      await pageIs(consolePage.page, name);
      await consolePage.page.waitForLoadState("networkidle");
    }
    // The one refusal is the signed-out check before the form; no page after it was refused anything.
    expect(consolePage.refusals).toEqual(["401 /trpc/auth.me"]);
  });
});

afterAll(() => {
  // No page of the run logged an error or threw (a refused call is the page's own message, not an error).
  expect(opened.flatMap((page) => page.errors)).toEqual([]);
});
