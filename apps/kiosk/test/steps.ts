import type { TestAgent } from "@kiosk/agent/testing";
import type { FakeYooKassa } from "@kiosk/payments/testing";
import type { Page } from "playwright-core";
import { screenIs, typeOnScreen, type KioskPage } from "./browser";

/** What the customer gives on the contact screen; `qrOnly`: "Только QR-код" (a kiosk with report links), nothing typed. */
type Contact = { email?: string; phoneDigits?: string; qrOnly?: boolean };

/** From the attract screen to the QR code, by touch: service, vehicle, contact with consent. */
export async function walkToPayment(
  kiosk: KioskPage,
  service: "thickness" | "diagnostics",
  contact: Contact = { email: "ivan", phoneDigits: "9001234567" },
  shots = false,
): Promise<void> {
  await walkToContact(kiosk, service, contact, shots);
  await kiosk.page.click('[data-action="to-payment"]');
  await screenIs(kiosk.page, "payment");
  await kiosk.page.waitForSelector("svg.qr");
}

/**
 * From the attract screen to a filled-in contact screen with the consent ticked (or "only the QR
 * code" chosen, which needs none), one touch before the payment.
 */
export async function walkToContact(
  kiosk: KioskPage,
  service: "thickness" | "diagnostics",
  contact: Contact,
  shots = false,
): Promise<void> {
  const { page } = kiosk;
  await screenIs(page, "idle");
  if (shots) await kiosk.shot("idle");
  await page.click('[data-screen="idle"]');
  await screenIs(page, "service");
  if (shots) await kiosk.shot("service");
  await page.click(`[data-service="${service}"]`);
  await screenIs(page, "vehicle");
  if (service === "thickness") {
    if (shots) await kiosk.shot("vehicle");
    await page.click('[data-vehicle="sedan"]');
  } else {
    await page.click('.chip:text-is("Toyota")');
    await page.click('.keyboard button:text-is("EN")');
    await typeOnScreen(page, "Camry"); // a name starts with a capital; the keyboard drops it after one letter
    if (shots) await kiosk.shot("vehicle");
    await page.click('[data-action="next"]');
  }
  await screenIs(page, "contact");
  if (contact.qrOnly) {
    await page.click('[data-report-by="qr"]');
    if (shots) await kiosk.shot("contact");
    return;
  }
  if (contact.email) {
    await page.click('[data-field="email"]');
    await typeOnScreen(page, contact.email);
    await page.click('.keyboard button:text-is("@mail.ru")');
  }
  if (contact.phoneDigits) {
    await page.click('[data-field="phone"]');
    await typeOnScreen(page, contact.phoneDigits);
  }
  await page.check('[data-field="consent"]');
  if (shots) await kiosk.shot("contact");
}

/**
 * The payment id the page holds (from its saved visit), once it holds one other
 * than `previous`: the visit is saved a moment after the screen changes.
 */
export async function paymentIdOn(page: Page, previous?: string): Promise<string> {
  const held = await page.waitForFunction(
    (earlier) => {
      const visit = JSON.parse(localStorage.getItem("kiosk.visit") ?? "{}") as { paymentId?: string };
      return visit.paymentId && visit.paymentId !== earlier ? visit.paymentId : null;
    },
    previous ?? null,
    { timeout: 10_000 },
  );
  return (await held.jsonValue()) as string;
}

/** The addresses YooKassa notifies from, as a PROD agent is told to trust them (through the tests' proxy header). */
export const yookassaNetwork = "185.71.76.0/27";

/** The customer's bank pays the QR code on the screen: YooKassa says so to the agent's webhook. */
export async function bankPays(fake: FakeYooKassa, page: Page, agent: TestAgent): Promise<string> {
  const paymentId = await paymentIdOn(page);
  const remote = fake.findByOurId(paymentId);
  if (!remote) throw new Error(`the fake YooKassa never saw payment ${paymentId}`);
  fake.setStatus(remote.id, "succeeded");
  await fake.notify(`${agent.url}/api/payments/webhook`, "payment.succeeded", remote, {
    "x-forwarded-for": "185.71.76.10",
  });
  return paymentId;
}
