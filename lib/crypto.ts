import "server-only";
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "./env";

// Supporter emails (and queued mails, lib/mail/outbox.ts) are stored encrypted (AES-256-GCM) and
// emails are looked up by keyed hash, so a copy of the database alone reveals no address, and
// hashes cannot be reversed by trying known emails.

function secret(name: "EMAIL_ENCRYPTION_KEY" | "HASH_KEY"): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: run \`npm start\` once to generate local secrets, or set it in the environment.`);
  return value;
}

const VERSION = "v1";

/**
 * Seals a value. `purpose` (authenticated, not stored) keeps ciphertexts of one kind from being
 * accepted as another: a sealed mail decrypts only as a mail. Emails use none, as they always have.
 */
export function encrypt(plain: string, purpose?: string): string {
  const key = Buffer.from(secret("EMAIL_ENCRYPTION_KEY"), "base64url");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  if (purpose) cipher.setAAD(Buffer.from(purpose, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decrypt(sealed: string, purpose?: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Not an encrypted value of this app");
  const key = Buffer.from(secret("EMAIL_ENCRYPTION_KEY"), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  if (purpose) decipher.setAAD(Buffer.from(purpose, "utf8"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** Keyed hash of a value in a purpose ("email", "ip", "letter"), so hashes of one purpose never match another's. */
export function keyedHash(purpose: "email" | "ip" | "letter", value: string): string {
  return createHmac("sha256", secret("HASH_KEY")).update(`${purpose}:${value}`).digest("hex");
}

/** A new random token for a link in a mail, and the hash under which it is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
