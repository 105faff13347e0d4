import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { spawnAgent, type AgentProcess } from "./agent-process";
import { freePort } from "./harness";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runAgent(env: Record<string, string>): AgentProcess {
  const storage = mkdtempSync(join(tmpdir(), "kiosk-proc-"));
  dirs.push(storage);
  return spawnAgent({ STORAGE_PATH: storage, LOG_LEVEL: "info", ...env });
}

/** Resolves once the process has said it listens (it logs the URL to open). */
const listening = (agent: AgentProcess) =>
  expect.poll(() => agent.output(), { timeout: 20_000 }).toContain("kiosk-agent listening");

describe("the agent process", () => {
  it("serves, then on SIGTERM finishes, closes the db and exits 0", async () => {
    const port = await freePort();
    const agent = runAgent({ PORT: String(port) });
    await listening(agent);
    // The line a newcomer reads says where to go.
    expect(agent.output()).toContain(`kiosk-agent listening on http://127.0.0.1:${port}`);
    const created = await fetch(`http://127.0.0.1:${port}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "diagnostics", contact: { email: "client@example.com" } }),
    });
    expect(created.status).toBe(201);
    agent.child.kill("SIGTERM");
    expect(await agent.exited).toBe(0);
    expect(agent.output()).toContain("kiosk-agent stopped");
    // Contact data never reaches the log in full.
    expect(agent.output()).not.toContain("client@example.com");
  }, 30_000);

  it("logs coloured, human-readable lines to a terminal in DEV, and JSON lines otherwise", async () => {
    const storage = mkdtempSync(join(tmpdir(), "kiosk-proc-"));
    dirs.push(storage);
    const port = await freePort();
    const onTerminal = spawnAgent({ STORAGE_PATH: storage, PORT: String(port), LOG_LEVEL: "info" }, "sources", {
      terminal: true,
    });
    await listening(onTerminal);
    const line =
      onTerminal
        .output()
        .split("\n")
        .find((l) => l.includes("kiosk-agent listening")) ?? "";
    expect(line).toContain("\u001b["); // an ANSI colour
    expect(line).toMatch(/INFO/);
    expect(line).not.toMatch(/^\s*\{/);
    onTerminal.child.kill("SIGTERM");
    await onTerminal.exited;

    const piped = runAgent({ PORT: "0" });
    await listening(piped);
    const json =
      piped
        .output()
        .split("\n")
        .find((l) => l.includes("kiosk-agent listening")) ?? "";
    expect(JSON.parse(json)).toMatchObject({ level: 30, msg: expect.stringContaining("listening") as string });
    piped.child.kill("SIGTERM");
    expect(await piped.exited).toBe(0);
  }, 30_000);

  it("exits 78 naming the key when a config value is bad", async () => {
    const agent = runAgent({ PORT: "not-a-port" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toMatch(/PORT \(server\.port\)/);
  }, 30_000);

  it("refuses to start in PROD without YooKassa credentials, never falling back to the emulator", async () => {
    const agent = runAgent({ AGENT_ENV: "PROD", PORT: "0", YOOKASSA_SHOP_ID: "123456" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toContain("AGENT_ENV=PROD needs YooKassa credentials; missing YOOKASSA_SECRET_KEY");
  }, 30_000);

  it("refuses to start with EMAIL_PROVIDER=smtp and no SMTP_HOST, naming the variable", async () => {
    const agent = runAgent({ EMAIL_PROVIDER: "smtp", PORT: "0" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toContain("needs SMTP_HOST");
  }, 30_000);

  it("exits 78 in PROD with the ELM327 driver and no port, naming the key", async () => {
    const agent = runAgent({ AGENT_ENV: "PROD", PORT: "0", YOOKASSA_SHOP_ID: "1", YOOKASSA_SECRET_KEY: "k" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toContain("OBD_PORT (devices.obd.port): needs OBD_PORT");
  }, 30_000);

  it("exits 78 for a payment provider that does not exist, naming the variable", async () => {
    const agent = runAgent({ PAYMENTS_PROVIDER: "nosuch", PORT: "0" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toContain(`PAYMENTS_PROVIDER (payments.provider): no payment provider "nosuch"`);
  }, 30_000);

  it("refuses secrets in the config file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-cfg-"));
    dirs.push(dir);
    const file = join(dir, "service.json");
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(file, JSON.stringify({ auth: { operatorToken: "x".repeat(20) } })),
    );
    const agent = runAgent({ CONFIG_PATH: file, PORT: "0" });
    expect(await agent.exited).toBe(78);
    expect(agent.output()).toMatch(/auth: secrets are read from the environment only/);
  }, 30_000);
});
