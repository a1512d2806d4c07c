// Before the end-to-end tests: use the system's Chromium where there is one (Debian's package,
// or CHROMIUM_PATH), and otherwise make sure Playwright's own browser is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath as systemChromium } from "./chromium";

if (systemChromium) {
  console.log(`[e2e] Using ${systemChromium}`);
} else if (!existsSync(chromium.executablePath())) {
  console.log("[e2e] Installing Playwright's Chromium (first run only)...");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
