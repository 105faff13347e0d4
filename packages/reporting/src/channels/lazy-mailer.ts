import type Nodemailer from "nodemailer";

/**
 * A nodemailer transport made on the first email, not at start: nodemailer pulls
 * in tls, dns and child_process, about 5 MiB of an idle kiosk's memory, and a
 * kiosk that is never asked for an email should not pay for them.
 */
export function onFirstEmail<T>(make: (nodemailer: typeof Nodemailer) => T): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= import("nodemailer").then(({ default: nodemailer }) => make(nodemailer)));
}
