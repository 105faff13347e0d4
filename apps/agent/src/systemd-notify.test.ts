import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listenForNotifications, type NotifyListener } from "../test/notify-listener";
import { systemdNotifySettings } from "./config";
import { createLogger } from "./logger";
import { openNotifySocket, superviseWithSystemd, unixAddress } from "./systemd-notify";

const logger = createLogger("silent");

describe("systemd's notify settings", () => {
  it("are none without NOTIFY_SOCKET, and the watchdog only when it is meant for this process", () => {
    expect(systemdNotifySettings({ WATCHDOG_USEC: "30000000" })).toBeNull();
    expect(systemdNotifySettings({ NOTIFY_SOCKET: "/run/systemd/notify" })).toEqual({
      socket: "/run/systemd/notify",
      watchdogUsec: null,
    });
    expect(systemdNotifySettings({ NOTIFY_SOCKET: "@n", WATCHDOG_USEC: "30000000" })?.watchdogUsec).toBe(30_000_000);
    expect(
      systemdNotifySettings({ NOTIFY_SOCKET: "@n", WATCHDOG_USEC: "30000000", WATCHDOG_PID: String(process.pid) })
        ?.watchdogUsec,
    ).toBe(30_000_000);
    expect(
      systemdNotifySettings({ NOTIFY_SOCKET: "@n", WATCHDOG_USEC: "30000000", WATCHDOG_PID: "1" })?.watchdogUsec,
    ).toBeNull();
  });

  it("address a path with its terminator and an abstract name without one", () => {
    const path = unixAddress("/run/systemd/notify");
    expect(path.length).toBe(2 + "/run/systemd/notify".length + 1);
    expect(path.bytes.subarray(2, path.length - 1).toString()).toBe("/run/systemd/notify");
    const abstract = unixAddress("@kiosk");
    expect(abstract.length).toBe(2 + 1 + "kiosk".length);
    expect([...abstract.bytes.subarray(2, 3)]).toEqual([0]);
    expect(() => unixAddress(`/${"x".repeat(107)}`)).toThrow("NOTIFY_SOCKET is too long");
  });
});

describe("superviseWithSystemd", () => {
  afterEach(() => vi.useRealTimers());

  it("sends READY=1 once, when ready; WATCHDOG=1 every third of WATCHDOG_USEC; STOPPING=1 once", () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    let ready = false;
    const supervision = superviseWithSystemd({
      send: (message) => sent.push(message) > 0,
      watchdogUsec: 3_000_000,
      isReady: () => ready,
      logger,
      pollMs: 100,
    });
    vi.advanceTimersByTime(999);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(["WATCHDOG=1"]);
    ready = true;
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(["WATCHDOG=1", "READY=1"]);
    vi.advanceTimersByTime(2000);
    expect(sent).toEqual(["WATCHDOG=1", "READY=1", "WATCHDOG=1", "WATCHDOG=1"]);
    supervision.stopping();
    supervision.stopping();
    expect(sent.filter((m) => m === "STOPPING=1")).toHaveLength(1);
    supervision.close();
    vi.advanceTimersByTime(10_000);
    expect(sent).toHaveLength(5);
  });

  it("tries READY=1 again when the socket did not take it", () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    let accept = false;
    const supervision = superviseWithSystemd({
      send: (message) => accept && sent.push(message) > 0,
      watchdogUsec: null,
      isReady: () => true,
      logger,
      pollMs: 100,
    });
    vi.advanceTimersByTime(300);
    accept = true;
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(["READY=1"]);
    supervision.close();
  });
});

describe("openNotifySocket", () => {
  let listener: NotifyListener | undefined;
  let dir: string | undefined;
  afterEach(() => {
    listener?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("sends datagrams from this process to a socket path", async () => {
    dir = mkdtempSync(join(tmpdir(), "kiosk-notify-"));
    const address = join(dir, "notify");
    listener = await listenForNotifications(address);
    const send = await openNotifySocket(address);
    expect(send("READY=1")).toBe(true);
    expect(send("STATUS=serving\nWATCHDOG=1")).toBe(true);
    await expect
      .poll(() => listener?.received.map((n) => [n.pid, n.message]), { timeout: 5_000 })
      .toEqual([
        [process.pid, "READY=1"],
        [process.pid, "STATUS=serving\nWATCHDOG=1"],
      ]);
  });

  it("reaches an abstract-namespace socket, and reports a socket nobody listens on", async () => {
    const name = `@kiosk-notify-${process.pid}-${Date.now()}`;
    listener = await listenForNotifications(name);
    expect((await openNotifySocket(name))("WATCHDOG=1")).toBe(true);
    await expect
      .poll(() => listener?.received.map((n) => [n.pid, n.message]), { timeout: 5_000 })
      .toEqual([[process.pid, "WATCHDOG=1"]]);
    expect((await openNotifySocket(`${name}-nobody`))("WATCHDOG=1")).toBe(false);
  });
});
