// What a phone pays for a page: the JavaScript it downloads on first load, and Lighthouse's mobile
// scores. Both are measured on the product and on the bare baseline app in the same run.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "../chromium";

export interface FirstLoadJs {
  scripts: number;
  gzippedBytes: number;
}

/**
 * The scripts a page's HTML asks for (`<script src>`), gzipped here at one level for both sides:
 * the product's server and `next start` compress differently, and the figure is about the code.
 */
export async function firstLoadJs(url: string): Promise<FirstLoadJs> {
  const html = await (await fetch(url, { headers: { accept: "text/html" } })).text();
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&")));
  let gzippedBytes = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source, url), { headers: { "accept-encoding": "identity" } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    gzippedBytes += gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
  }
  return { scripts: sources.size, gzippedBytes };
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

const CHROMIUM_FLAGS = ["--headless=new", "--disable-gpu", ...chromiumArgs];

/**
 * Lighthouse's default run: a mid-range phone on a slow 4G link (simulated throttling). The
 * median of `runs` by performance score, as Lighthouse's own docs advise on a noisy machine.
 */
export async function lighthouseScores(url: string, runs: number): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const scores: LighthouseScores[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
      scores.push({
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        totalBlockingTimeMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        largestContentfulPaintMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      });
    }
    const median = scores.sort((a, b) => a.performance - b.performance)[Math.floor(scores.length / 2)];
    if (!median) throw new Error("Lighthouse needs at least one run");
    return median;
  } finally {
    chrome.kill();
  }
}
