// No "server-only" here: the demo seed (db/seed, run by tsx too) seals the demo secret with it.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { derivedKey } from "./keys";

const VERSION = "v1";

/**
 * Encrypts an authenticator secret with AES-256-GCM. The user's id is the
 * additional data: a row copied onto another account does not decrypt.
 */
export function sealSecret(secret: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("totp-secret"), iv).setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The secret, or null when the box was made with another key or tampered with. */
export function openSecret(box: string, userId: string): string | null {
  const [version, iv, tag, sealed] = box.split(".");
  if (version !== VERSION || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("totp-secret"), Buffer.from(iv, "base64url")).setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
