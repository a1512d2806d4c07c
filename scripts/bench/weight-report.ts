// The phone's side of `npm run bench`: first-load JavaScript and Lighthouse's mobile scores of the
// product's heaviest public pages beside the bare baseline's page, in one run (issue 11's targets).
import { firstLoadJs, lighthouseScores, type LighthouseScores } from "./page-weight";
import type { RunningServer } from "./servers";

// At most this much JavaScript above a bare Next page's, on every page measured.
export const JS_ABOVE_FLOOR_BYTES = 30 * 1024;
export const PERFORMANCE_TARGET = 98;
export const ACCESSIBILITY_TARGET = 100;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export const WEIGHED_PAGES = [
  { label: "home", path: "/" },
  { label: "profile", path: "/prisoners/nasta-loika" },
  { label: "petition", path: "/petitions/release-all-political-prisoners" },
  { label: "profile (be)", path: "/be/prisoners/nasta-loika" },
];

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints the figures and says whether every page meets the targets. */
export async function reportPageWeight(product: RunningServer, baseline: RunningServer, log: (line: string) => void): Promise<boolean> {
  const floorUrl = `${baseline.origin}/profile`;
  const floor = await firstLoadJs(floorUrl);
  log(`measuring first-load JavaScript and Lighthouse (mobile, median of ${LIGHTHOUSE_RUNS})`);
  const rows: { label: string; js: number; scores: LighthouseScores }[] = [
    { label: "bare app page", js: floor.gzippedBytes, scores: await lighthouseScores(floorUrl, LIGHTHOUSE_RUNS) },
  ];
  for (const { label, path } of WEIGHED_PAGES) {
    const url = `${product.origin}${path}`;
    rows.push({ label, js: (await firstLoadJs(url)).gzippedBytes, scores: await lighthouseScores(url, LIGHTHOUSE_RUNS) });
  }

  console.log("");
  console.log("page              JS gzipped  above floor  performance  accessibility  TBT ms  LCP ms");
  for (const { label, js, scores } of rows) {
    console.log(
      `${label.padEnd(17)} ${kB(js).padStart(10)} ${kB(js - floor.gzippedBytes).padStart(12)} ${String(scores.performance).padStart(12)} ${String(scores.accessibility).padStart(14)} ${String(scores.totalBlockingTimeMs).padStart(7)} ${String(scores.largestContentfulPaintMs).padStart(7)}`,
    );
  }
  console.log("");
  const productRows = rows.slice(1);
  const heaviest = Math.max(...productRows.map((row) => row.js));
  const jsOk = heaviest - floor.gzippedBytes <= JS_ABOVE_FLOOR_BYTES;
  const scoresOk = productRows.every(
    (row) => row.scores.performance >= PERFORMANCE_TARGET && row.scores.accessibility >= ACCESSIBILITY_TARGET,
  );
  log(
    `heaviest page's JavaScript above the bare page's: ${kB(heaviest - floor.gzippedBytes)} (target <= ${kB(JS_ABOVE_FLOOR_BYTES)}): ${jsOk ? "ok" : "FAIL"}`,
  );
  log(
    `Lighthouse mobile performance >= ${PERFORMANCE_TARGET} and accessibility ${ACCESSIBILITY_TARGET} on every page: ${scoresOk ? "ok" : "FAIL"}`,
  );
  return jsOk && scoresOk;
}
