import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // 'server-only' throws outside React Server Components; tests import server modules directly.
      "server-only": fileURLToPath(new URL("./lib/test/server-only-stub.ts", import.meta.url)),
      // next-intl's server half needs its proxy and build; tests give the language themselves.
      "next-intl/server": fileURLToPath(new URL("./lib/test/next-intl-server.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,app,components,prisma,scripts,server}/**/*.test.{ts,tsx}"],
    globalSetup: ["./lib/test/global-setup.ts"],
    setupFiles: ["./lib/test/setup-db.ts"],
    environment: "node",
    pool: "forks",
    // A file's first test pays its cold imports (Next, Prisma, the OG renderer): seconds on a busy
    // 2-core machine, more than vitest's 5 s default.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
