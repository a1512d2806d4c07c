import type { NextConfig } from "next";

// The benchmark's yardstick (scripts/bench.ts): a bare Next app on the root's node_modules, with
// Next's defaults. No custom server, no proxy, no i18n, no CSP, nothing of the product: whatever the
// product costs on top of the framework shows in the ratio instead of being paid by both sides.
const nextConfig: NextConfig = {
  // Beside the product's build folders at the root (git-ignored, skipped by the root's tools).
  distDir: "../../.next-bench-baseline",
};

export default nextConfig;
