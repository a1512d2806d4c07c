import { existsSync } from "node:fs";

// The Chromium the tests and the bench drive: a system one (Debian's, or CHROMIUM_PATH in CI) where
// there is one; otherwise undefined, and Playwright uses the browser it installs itself.
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// This machine's network is closed: without these Chromium keeps calling home and being refused.
export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  // Chromium refuses to start its sandbox as root (CI runs as root).
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];
