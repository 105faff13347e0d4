import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeTwilio } from "@kiosk/reporting/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, spawnAgent, type AgentProcess } from "./agent-process";
import { emulatorVisit } from "./emulator-visit";
import { freePort } from "./harness";

/**
 * What `bash scripts/start.sh` runs is the esbuild bundle, not the sources the
 * rest of the suite starts: it finds its migrations, fonts and kiosk UI beside
 * it, loads nodemailer and pdfkit only when first asked, and leaves out the parts
 * of prom-client it never calls, and imports the twilio SDK (kept outside the
 * bundle) on its first SMS. A whole DEV visit against it proves all of that.
 */
const twilio = fakeTwilio();
let storage: string;
let agent: AgentProcess;
let url: string;
beforeAll(async () => {
  execFileSync("bash", [join(repoRoot, "scripts/build-if-stale.sh")], { stdio: "inherit" });
  storage = mkdtempSync(join(tmpdir(), "kiosk-bundle-"));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  await twilio.start();
  agent = spawnAgent(
    {
      PORT: String(port),
      STORAGE_PATH: storage,
      LOG_LEVEL: "warn",
      SMS_PROVIDER: "twilio",
      TWILIO_API_URL: twilio.url,
      TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000001",
      TWILIO_AUTH_TOKEN: "bundle-test-token",
    },
    "bundle",
  );
  await agent.ready(url);
}, 180_000);
afterAll(async () => {
  agent.child.kill("SIGTERM");
  expect(await agent.exited).toBe(0);
  rmSync(storage, { recursive: true, force: true });
  await twilio.stop();
});

describe("the production bundle", () => {
  it("takes a customer from session to emailed report, with the emulator confirming by itself", async () => {
    const { report, pdf } = await emulatorVisit(url, { email: "client@example.com", phone: "+79001234567" });
    const sms = report.deliveries.find((d) => d.channel === "sms");
    const email = report.deliveries.find((d) => d.channel === "email");
    expect(existsSync(join(storage, "outbox", `${email?.id}.eml`))).toBe(true);
    expect(sms?.provider).toBe("twilio");
    expect(twilio.requests).toHaveLength(1);
    expect(twilio.requests[0]?.headers["user-agent"]).toMatch(/^twilio-node\//);
    expect(new URLSearchParams(twilio.requests[0]?.body).get("To")).toBe("+79001234567");
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  }, 30_000);

  it("serves the kiosk UI and a scrape with the flow counted in it", async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^kiosk_agent_info\{/m);
    expect(metrics).toMatch(/^reports_generated_total\{type="diagnostics"\} 1$/m);
  });
});
