import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/** A link's token: 128 random bits as base64url, 22 characters; derived from nothing. */
export const newLinkToken = (): string => randomBytes(16).toString("base64url");

/**
 * What the database keeps of a token and looks it up by. Any text is hashed,
 * a malformed token too, so an unknown and a malformed one cost the same.
 */
export const linkTokenHash = (token: string): Buffer => createHash("sha256").update(token, "utf8").digest();

/** Whose link it is: the key and the authenticated data of its sealed token. */
export interface LinkOwner {
  kioskId: string;
  reportId: string;
  /** The kiosk's fleet token, as it authenticated this upload (in the config, never in the database). */
  kioskToken: string;
}

const ivBytes = 12;
const tagBytes = 16;

function keyOf(owner: LinkOwner): { key: Buffer; aad: Buffer } {
  const aad = Buffer.from(`${owner.kioskId}\u0000${owner.reportId}`, "utf8");
  const key = Buffer.from(hkdfSync("sha256", owner.kioskToken, "kiosk-report-link", aad, 32));
  return { key, aad };
}

/**
 * The token sealed (AES-256-GCM) under a key derived from the uploading kiosk's
 * own fleet token: a retried upload by that kiosk gets the same link back,
 * while the database alone (a dump, a replica) gives no working link.
 */
export function sealLinkToken(token: string, owner: LinkOwner): Buffer {
  const { key, aad } = keyOf(owner);
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(aad);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
}

/** The token back, or null when it was sealed under another key (the kiosk's fleet token has changed since). */
export function unsealLinkToken(sealed: Buffer, owner: LinkOwner): string | null {
  if (sealed.length <= ivBytes + tagBytes) return null;
  const { key, aad } = keyOf(owner);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, ivBytes)).setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
    return Buffer.concat([
      decipher.update(sealed.subarray(ivBytes, sealed.length - tagBytes)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}
