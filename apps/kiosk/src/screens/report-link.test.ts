import { describe, expect, it } from "vitest";
import { doneDeadline, linkPollLimitMs, qrScanMs } from "./report-link";

describe("doneDeadline", () => {
  const opened = { openedAt: 1_000_000, doneTimeoutMs: 20_000, linkShownAt: null, onlyByLink: false };

  it("is kiosk.doneTimeoutMs after the screen opened without a QR code", () => {
    expect(doneDeadline(opened)).toBe(1_020_000);
  });

  it("keeps a QR code up at least qrScanMs from when it appeared", () => {
    expect(qrScanMs).toBe(60_000);
    expect(doneDeadline({ ...opened, linkShownAt: 1_000_800 })).toBe(1_060_800);
    // A thank-you screen already longer than that keeps its own time.
    expect(doneDeadline({ ...opened, doneTimeoutMs: 90_000, linkShownAt: 1_000_800 })).toBe(1_090_000);
  });

  it("waits for the link as long as the screen asks for it when the QR code is the customer's only way", () => {
    expect(doneDeadline({ ...opened, onlyByLink: true })).toBe(1_000_000 + linkPollLimitMs + 20_000);
    expect(doneDeadline({ ...opened, onlyByLink: true, linkShownAt: 1_002_000 })).toBe(1_062_000);
  });
});
