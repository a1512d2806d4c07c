import { defineConfig } from "@playwright/test";
import { E2E_DATABASE_URL } from "./e2e/support/database";
import { chromiumArgs, chromiumPath as executablePath } from "./scripts/chromium";

// End-to-end tests run against a production build served by `npm start` (the custom server), on its own port, with
// its own database file and its own build folder, all removed before every run: no page cached
// by an earlier run (or by a local `npm start`) can leak into the results. `npm run test:e2e:pg`
// runs it on a fresh PostgreSQL database instead (E2E_DATABASE_URL).
const PORT = 3100;
const ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Those need two instances behind nginx: npm run test:instances (playwright.instances.config.ts).
  testIgnore: "instances/**",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Journeys that sign and confirm through pages and the mail sink take ~20 s on this 2-core
  // machine with two browsers and the app on it; twice the default keeps a busy moment from
  // failing them.
  timeout: 60_000,
  // A hung run fails in CI instead of using up the job's time.
  globalTimeout: process.env.CI ? 25 * 60_000 : undefined,
  reporter: "list",
  use: {
    baseURL: ORIGIN,
    launchOptions: { executablePath, args: chromiumArgs },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "with-js", use: { javaScriptEnabled: true } },
    {
      name: "without-js",
      use: { javaScriptEnabled: false },
      // Tests tagged @http check a response, not a page in the browser: running them again with
      // JavaScript off would test nothing new.
      grepInvert: /@http/,
    },
  ],
  webServer: [
    {
      // Mail sink: the app's mails go to it over SMTP and tests read them back (e2e/support/mail.ts).
      command: "npx tsx e2e/support/smtp-sink.ts",
      url: "http://127.0.0.1:2526/health",
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: "rm -rf data/e2e.db data/e2e.db-wal data/e2e.db-shm .next-e2e && npm start",
      url: `${ORIGIN}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(PORT),
        DATABASE_URL: E2E_DATABASE_URL,
        NEXT_DIST_DIR: ".next-e2e",
        APP_URL: ORIGIN,
        NEXTAUTH_URL: ORIGIN,
        NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789abcdef",
        SMTP_URL: "smtp://127.0.0.1:2525",
        MAIL_FROM: "Free Them <campaign@free-them.test>",
        // The tests play the proxy: each sets the address it signs from in X-Forwarded-For
        // (e2e/support/client.ts), which the server believes only from 127.0.0.1. Requests from
        // 127.0.0.2 are an ordinary client's (e2e/security-headers.spec.ts).
        TRUST_PROXY: "127.0.0.1",
      },
    },
  ],
});
