import { useEffect, useState } from "react";
import type { Api, Report } from "../api";

/**
 * How often the done screen asks for the report's link, and for how long: the link lands a moment
 * after the backoffice acknowledged the upload, and no event says so (reports.onDelivery is the messages').
 */
export const linkPollMs = 1_000;
export const linkPollLimitMs = 120_000;

/** The least time the report's QR code stays up: the customer finds the phone, opens the camera, aims. */
export const qrScanMs = 60_000;

export interface DoneTiming {
  openedAt: number;
  doneTimeoutMs: number;
  /** When the QR code appeared, or null while there is none. */
  linkShownAt: number | null;
  /** The customer left no contact: the QR code is the only way the report reaches them. */
  onlyByLink: boolean;
}

/**
 * When the done screen returns to the start. kiosk.doneTimeoutMs is set for a "thanks, it is in your
 * mail" screen; with a QR code to scan that is too short, so the code stays at least qrScanMs. A
 * customer who left no contact waits for the link as long as the screen asks for it, then reads
 * the word about the operator for the usual time.
 */
export function doneDeadline({ openedAt, doneTimeoutMs, linkShownAt, onlyByLink }: DoneTiming): number {
  const usual = openedAt + doneTimeoutMs;
  if (linkShownAt !== null) return Math.max(usual, linkShownAt + qrScanMs);
  if (onlyByLink) return Math.max(usual, openedAt + linkPollLimitMs + doneTimeoutMs);
  return usual;
}

export interface ReportWithLink {
  report: Report | null;
  /** Links are on and the report's is not there after linkPollLimitMs: the screen stops waiting. */
  gaveUp: boolean;
}

/**
 * The report as reports.get answers it; with links on, asked again every linkPollMs until its
 * link is set or linkPollLimitMs have passed. `unreachable` hands a lost agent to the kiosk.
 */
export function useReportWithLink(
  api: Api,
  reportId: string,
  links: boolean,
  unreachable: (error: unknown) => boolean,
): ReportWithLink {
  const [report, setReport] = useState<Report | null>(null);
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const again = () => {
      if (Date.now() - started >= linkPollLimitMs) setGaveUp(true);
      else timer = setTimeout(ask, linkPollMs);
    };
    const ask = () => {
      api.reports.get.query({ id: reportId }).then(
        (loaded) => {
          if (!live) return;
          setReport(loaded);
          if (links && !loaded.link) again();
        },
        (error: unknown) => {
          if (live && !unreachable(error) && links) again();
        },
      );
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, links, reportId, unreachable]);

  return { report, gaveUp };
}
