import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

// Secrets the app needs, generated on first run for the local default and kept in .env. A secret
// read from a file instead (X_FILE, in the environment or in .env: lib/setting-files.ts) is never
// generated, so the key can live away from the database.
export const GENERATED_SECRETS = ["NEXTAUTH_SECRET", "EMAIL_ENCRYPTION_KEY", "HASH_KEY"] as const;

/**
 * Makes sure .env exists (from .env.example) and that every secret in it has a value.
 * Values already set in the environment, or given as X_FILE, are left alone. Returns the names it generated.
 */
export function ensureLocalEnv(envPath = ".env", examplePath = ".env.example"): string[] {
  let text = existsSync(envPath) ? readFileSync(envPath, "utf8") : readFileSync(examplePath, "utf8");
  const generated: string[] = [];
  for (const name of GENERATED_SECRETS) {
    if (process.env[name] || process.env[`${name}_FILE`]) continue;
    if (new RegExp(`^${name}_FILE=[ \\t]*\\S`, "m").test(text)) continue;
    const line = new RegExp(`^${name}=(.*)$`, "m");
    const match = text.match(line);
    if (match && match[1]?.trim()) continue;
    const value = randomBytes(32).toString("base64url");
    text = match ? text.replace(line, `${name}=${value}`) : `${text.trimEnd()}\n${name}=${value}\n`;
    generated.push(name);
  }
  if (generated.length || !existsSync(envPath)) writeFileSync(envPath, text, { mode: 0o600 });
  return generated;
}
