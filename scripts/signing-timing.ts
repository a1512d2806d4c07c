// `tsx scripts/signing-timing.ts <app URL> [--dist DIR] [--samples N] [--petition SLUG]`
//
// Does the time of the answer to a signature tell whether the address had already signed?
// (issue 9, item 10; docs/decisions/018-signer-data-and-timing.md). Against an app that is
// already running (this script starts nothing), it signs N addresses once, then sends N
// signatures from new addresses and N from those already-signed ones, one at a time in random
// order, through the real server action, and prints the median latency of each answer and how
// often a one-probe guesser (threshold halfway between the two medians) would be right: 50% is
// no better than a coin.
//
// The app must lift the per-IP signing limit (all requests come from this machine), for example
// SIGN_LIMIT_PER_IP_PER_HOUR=1000000000 as `npm run bench` starts it. The server action's id is
// read from the build's manifest (--dist, default $NEXT_DIST_DIR or .next).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    samples: { type: "string", default: "200" },
    petition: { type: "string", default: "release-all-political-prisoners" },
  },
});
const origin = positionals[0]?.replace(/\/$/, "");
if (!origin || !/^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(origin)) {
  console.error(
    "Usage: tsx scripts/signing-timing.ts http://127.0.0.1:<port> [--dist DIR] [--samples N] [--petition SLUG] (loopback only)",
  );
  process.exit(2);
}
const SAMPLES = Number(values.samples);
const WARM_UP = 20;
const BOUNDARY = "----freethemtiming";

function actionId(): string {
  const manifest = JSON.parse(readFileSync(`${values.dist}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "signPetition")?.[0];
  if (!id) throw new Error(`No server action signPetition in ${values.dist}`);
  return id;
}

const id = actionId();
const run = randomUUID().slice(0, 8);

/** One signature as the enhanced form posts it; answers the time to the whole answer, in ms. */
async function sign(email: string): Promise<number> {
  const fields = { petition: values.petition!, name: "Timing Probe", email, country: "LT" };
  const parts = Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify([{ status: "idle" }, "$K1"])]);
  const body =
    parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`;
  const started = performance.now();
  const response = await fetch(`${origin}/petitions/${values.petition}`, {
    method: "POST",
    headers: {
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      accept: "text/x-component",
      "next-action": id,
      origin: origin!,
    },
    body,
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !text.includes('"status":"sent"')) {
    throw new Error(`Unexpected answer ${response.status} (is the per-IP limit lifted?): ${text.slice(0, 200)}`);
  }
  return elapsed;
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const address = (kind: string, i: number) => `timing-${kind}-${run}-${i}@example.org`;

for (let i = 0; i < WARM_UP; i++) await sign(address("warm", i));
// The addresses that will sign again: each once more only (the per-address limit is 5 an hour).
for (let i = 0; i < SAMPLES; i++) await sign(address("old", i));

const order = [...Array(SAMPLES).fill("new"), ...Array(SAMPLES).fill("old")] as ("new" | "old")[];
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const times = { new: [] as number[], old: [] as number[] };
for (const kind of order) times[kind].push(await sign(address(kind, times[kind].length)));

const fresh = median(times.new);
const again = median(times.old);
const threshold = (fresh + again) / 2;
// The guesser's rule: the slower side of the threshold is the side whose median is slower.
const slowerIsOld = again >= fresh;
const right = times.old.filter((t) => t > threshold === slowerIsOld).length + times.new.filter((t) => t > threshold !== slowerIsOld).length;
const accuracy = right / (times.new.length + times.old.length);
console.log(
  `timing: new ${fresh.toFixed(1)} ms, already-signed ${again.toFixed(1)} ms, one-probe guess accuracy ${(accuracy * 100).toFixed(0)}% (${SAMPLES} samples each)`,
);
