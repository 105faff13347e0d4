import { randomBytes } from "node:crypto";

export type IdPrefix = "ses" | "pay" | "rpt" | "dlv" | "emu" | "rfd" | "emr" | "scn" | "msr" | "hnd" | "opr";

/** Makes entity ids; injected so tests can predict them. */
export type IdGenerator = (prefix: IdPrefix) => string;

/** 128 random bits from the OS CSPRNG, base64url: unguessable, URL-safe. */
export const randomId: IdGenerator = (prefix) => `${prefix}_${randomBytes(16).toString("base64url")}`;

/** Deterministic ids for tests: ses_1, ses_2, ... */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return (prefix) => `${prefix}_${String(++n).padStart(22, "0")}`;
}
