import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";
import { isTrustProxySetting } from "./routing/trust-proxy-setting";
import { readSettingFiles } from "./setting-files";

// The one place that reads process.env. next.config.ts imports it, so a bad value fails the build.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),
    // The address the server listens on: loopback unless the operator opens it (behind nginx on the
    // same machine nothing else needs to reach it; in a container, HOST=0.0.0.0).
    HOST: z.string().trim().min(1, "must be an address to listen on").default("127.0.0.1"),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
        message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
      }),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // The address staff sign in at; defaults to APP_URL.
    NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
    // Supporter emails are encrypted with this key (AES-256-GCM): 32 bytes, base64 or base64url.
    EMAIL_ENCRYPTION_KEY: z
      .string()
      .refine((value) => Buffer.from(value, "base64url").length === 32, { message: "must be 32 bytes, base64-encoded" })
      .optional(),
    // Key of the HMACs that stand in for emails and IP addresses (dedupe, rate limits).
    HASH_KEY: z.string().min(32, "must be at least 32 characters").optional(),
    // smtp://user:pass@host:port or smtps://...; without it mails are written to MAIL_DIR.
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: z.string().min(3).default("Free Them <no-reply@localhost>"),
    MAIL_DIR: z.string().default("data/mail"),
    // Signatures one address may send per hour; the benchmark raises it (all its load is from 127.0.0.1).
    SIGN_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
    // "off" keeps the mail worker from starting in this process (the benchmark measures signing alone).
    MAIL_WORKER: z.enum(["on", "off"]).default("on"),
    // Proxies whose X-Forwarded-For/-Proto/-Host the server believes (docs/decisions/016): unset =
    // none (the socket's address is the client's), a whole number = that many hops, or a list of
    // addresses, CIDR ranges or loopback / linklocal / uniquelocal (proxy-addr's syntax).
    TRUST_PROXY: z
      .string()
      .trim()
      .optional()
      .refine((value) => value === undefined || isTrustProxySetting(value), {
        message: "must be a number of hops or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal",
      }),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    for (const name of ["EMAIL_ENCRYPTION_KEY", "HASH_KEY", "NEXTAUTH_SECRET"] as const) {
      if (!env[name])
        ctx.addIssue({ code: "custom", path: [name], message: "is required in production (npm start generates local values)" });
    }
  })
  .transform((env) => ({
    ...env,
    // Public origin for canonical URLs, share links and links in mails, without a trailing slash.
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Secrets may come from files (DATABASE_URL_FILE, NEXTAUTH_SECRET_FILE, ...: lib/setting-files.ts).
  const { values, problems, fromFiles } = readSettingFiles(source);
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  const lines = problems.map(({ name, message }) => `  ${name}: ${message}`);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = issue.path.join(".");
      const origin = (fromFiles as string[]).includes(name) ? ` (the value read from ${name}_FILE)` : "";
      lines.push(`  ${name}: ${issue.message}${origin}`);
    }
  }
  if (lines.length || !result.success) throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  return result.data;
}

export const env: Env = parseEnv(process.env);
