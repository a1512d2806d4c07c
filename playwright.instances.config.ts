import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath as executablePath } from "./scripts/chromium";

// The two-instance specs (e2e/instances/): run by `npm run test:instances` (scripts/test-instances.ts),
// which starts the mail sink, instances A (3001) and B (3002) on one PostgreSQL database, and nginx
// on 8080 in front of both. No webServer here: the script owns every process.
export default defineConfig({
  testDir: "e2e/instances",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // One browser at a time: the specs count mails and rate-limit points shared by the whole run.
  workers: 1,
  // No retries: a rate limit used up by a first attempt would make a retry wrong, not flaky.
  retries: 0,
  timeout: 90_000,
  globalTimeout: process.env.CI ? 10 * 60_000 : undefined,
  reporter: "list",
  use: {
    baseURL: "http://127.0.0.1:8080",
    launchOptions: { executablePath, args: chromiumArgs },
    trace: "retain-on-failure",
  },
});
