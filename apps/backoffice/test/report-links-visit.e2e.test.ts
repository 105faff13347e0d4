import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { eventually, freePort, paidDiagnosticsSession, startTestAgent, type TestAgent } from "@kiosk/agent/testing";
import { fakeSmsc, fakeTwilio } from "@kiosk/reporting/testing";
import { smsSegments } from "@kiosk/reporting";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { testPostgres } from "./postgres";

/**
 * A phone-only customer on a kiosk with a fleet: the report's PDF goes up
 * through the agent's outbox to a real backoffice on a real PostgreSQL, and the
 * SMS (Twilio's and SMSC's wire protocols, on local fakes) carries the link
 * that opens it. With the backoffice down, the SMS goes without the link and
 * exactly one follow-up brings it once the backoffice is back.
 */
const kioskToken = "kiosk-1-fleet-token-0123456789";
let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice | null = null;
let port: number;

const startOurBackoffice = () =>
  startBackoffice(
    parseBackofficeConfig({
      PORT: String(port),
      DATABASE_URL: pg.url,
      BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${kioskToken}`,
      BACKOFFICE_PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "silent",
    }),
  );

const fleetEnv = () => ({
  FLEET_URL: `http://127.0.0.1:${port}`,
  KIOSK_ID: "kiosk-1",
  FLEET_TOKEN: kioskToken,
  REPORT_LINK_WAIT_MS: "1500",
});
const fleetFile = { payments: { dev: { manualMode: true } }, fleet: { tickMs: 100, maxDelayMs: 400 } };

beforeAll(async () => {
  pg = await testPostgres();
  port = await freePort();
  backoffice = await startOurBackoffice();
}, 60_000);
afterAll(async () => {
  await backoffice?.stop();
  pg.remove();
});

/** Every text part of a MIME message, decoded: enough to find a link in what nodemailer wrote. */
function decodeParts(raw: string): string {
  return raw
    .split(/\r?\n--/)
    .map((part) => {
      const [head = "", ...body] = part.split(/\r?\n\r?\n/);
      const text = body.join("\n\n");
      if (/content-transfer-encoding: base64/i.test(head))
        return Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
      if (/content-transfer-encoding: quoted-printable/i.test(head)) {
        const bytes = text
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        return Buffer.from(bytes, "latin1").toString("utf8");
      }
      return text;
    })
    .join("\n");
}

const linkIn = (text: string) => /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{22}/.exec(text)?.[0] ?? null;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function makeReport(agent: TestAgent, phone: string, email?: string) {
  const { api, session } = await paidDiagnosticsSession(agent.url, { phone, ...(email ? { email } : {}) });
  return api.reports.generateDiagnostics.mutate({
    sessionId: session.id,
    vehicleMake: "Lada",
    vehicleModel: "Vesta",
    dtcCodes: [{ code: "P0420", description: "Catalyst System Efficiency Below Threshold", severity: "medium" }],
    timestamp: Date.now(),
  });
}

/** The report's link answers its page, and its PDF is the kiosk's file, byte for byte. */
async function expectLinkServes(link: string, reportSha256: string) {
  const page = await fetch(link);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Скачать PDF");
  expect(html).toContain("Lada Vesta");
  const pdf = await fetch(`${link}/pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get("content-disposition")).toMatch(/^attachment/);
  expect(sha256(Buffer.from(await pdf.arrayBuffer()))).toBe(reportSha256);
}

describe.each([
  {
    provider: "twilio",
    fake: fakeTwilio,
    env: (url: string) => ({
      TWILIO_API_URL: url,
      TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000001",
      TWILIO_AUTH_TOKEN: "links-test-token",
    }),
    bodyOf: (body: string) => new URLSearchParams(body).get("Body") ?? "",
  },
  {
    provider: "smsc",
    fake: fakeSmsc,
    env: (url: string) => ({ SMSC_API_URL: url, SMSC_LOGIN: "kiosk", SMSC_PASSWORD: "links-test-password" }),
    bodyOf: (body: string) => new URLSearchParams(body).get("mes") ?? "",
  },
])("a phone-only customer, SMS by $provider", ({ provider, fake, env, bodyOf }) => {
  let sms: ReturnType<typeof fake>;
  let agent: TestAgent;
  const texts = () => sms.requests.map((request) => bodyOf(request.body)).filter(Boolean);
  beforeAll(async () => {
    sms = await fake().start();
    agent = await startTestAgent({ ...fleetEnv(), SMS_PROVIDER: provider, ...env(sms.url) }, fleetFile);
  });
  afterAll(async () => {
    await agent.stop();
    await sms.stop();
  });

  it("gets one SMS that already carries the link, of at most two UCS-2 segments; the link opens the PDF", async () => {
    const report = await makeReport(agent, "+79001112233");
    // The agent's clock moves a little at each look: an upload that raced its own event
    // (409 REPORT_UNKNOWN) is retried after its backoff (at most 400 ms of it), well inside
    // the SMS's 1.5 s wait for the link.
    const view = await eventually(
      () => {
        agent.clock.advance(10);
        return createKioskClient({ url: agent.url }).reports.get.query({ id: report.id });
      },
      (r) => r.deliveries.every((d) => d.status === "sent"),
      10_000,
    );
    expect(view.link).toMatch(/\/r\/[A-Za-z0-9_-]{22}$/);
    const [text, ...more] = texts();
    expect(more).toEqual([]);
    expect(linkIn(text ?? "")).toBe(view.link);
    const segments = smsSegments(text ?? "");
    expect(segments.encoding).toBe("ucs2");
    expect(segments.segments).toBeLessThanOrEqual(2);
    await expectLinkServes(view.link ?? "", report.sha256);
    // Its own wait above is 10 s: the test's timeout covers it on a busy machine.
  }, 30_000);

  it("the email keeps the PDF attached and adds the link", async () => {
    const report = await makeReport(agent, "+79007778899", "client@example.com");
    const view = await eventually(
      () => createKioskClient({ url: agent.url }).reports.get.query({ id: report.id }),
      (r) => r.deliveries.length === 2 && r.deliveries.every((d) => d.status === "sent"),
      10_000,
    );
    const email = view.deliveries.find((d) => d.channel === "email");
    const raw = readFileSync(join(agent.storage, "outbox", `${email?.id}.eml`), "utf8");
    // The text part is base64 or quoted-printable: read it back as the mail client would.
    const mail = decodeParts(raw);
    expect(mail).toContain(view.link ?? "no link");
    expect(raw).toMatch(/application\/pdf/);
  }, 30_000);

  it("with the backoffice down, sends the SMS without the link, then exactly one follow-up with it", async () => {
    await backoffice?.stop();
    backoffice = null;
    const before = texts().length;
    const report = await makeReport(agent, "+79004445566");
    // The agent's clock is the test's: the SMS waits REPORT_LINK_WAIT_MS of it for the link, then goes
    // without. The clock moves on at each look, so a wait that began after a single jump still ends.
    const first = await eventually(
      () => {
        agent.clock.advance(100);
        return Promise.resolve(texts().slice(before));
      },
      (sent) => sent.length === 1,
      10_000,
    );
    expect(linkIn(first[0] ?? "")).toBeNull();
    expect(first[0]).toContain("придёт следующим SMS");
    expect((await createKioskClient({ url: agent.url }).reports.get.query({ id: report.id })).link).toBeNull();

    backoffice = await startOurBackoffice();
    // The upload's backoff (at most fleet.maxDelayMs) runs on the agent's clock too.
    const both = await eventually(
      () => {
        agent.clock.advance(100);
        return Promise.resolve(texts().slice(before));
      },
      (sent) => sent.length === 2,
      15_000,
    );
    const link = linkIn(both[1] ?? "");
    expect(link).not.toBeNull();
    await expectLinkServes(link ?? "", report.sha256);
    // Exactly one follow-up: a few more ticks bring nothing else.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(texts().slice(before)).toHaveLength(2);
    expect((await createKioskClient({ url: agent.url }).reports.get.query({ id: report.id })).link).toBe(link);
  }, 40_000);
});
