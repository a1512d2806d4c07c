// Load for `npm run bench`: autocannon against server actions and pages, in ABBA order.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const BOUNDARY = "----freethembench";

export interface ActionRun {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The unique value of each request answered `"status":"sent"`. */
  acknowledged: string[];
  errors: number;
  non2xx: number;
  /** The first answer that was not an acknowledgement, to say what went wrong. */
  firstError?: string;
}

export interface PageRun {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

/** The id of a server action in a build's server-reference manifest. */
export function actionId(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`No server action ${exportedName} in ${distDir}`);
  return id;
}

/** The body React sends when a form's action is called from JavaScript: [previousState, formData]. */
function actionBody(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify([{ status: "idle" }, "$K1"])]);
  return (
    parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`
  );
}

export interface ActionTarget {
  origin: string;
  path: string;
  id: string;
  fields: (unique: string) => Record<string, string>;
}

export async function postAction(label: string, target: ActionTarget, seconds: number, connections: number): Promise<ActionRun> {
  const acknowledged: string[] = [];
  let unexpected = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: `${target.origin}${target.path}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: {
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          accept: "text/x-component",
          "next-action": target.id,
          origin: target.origin,
        },
        setupRequest: (request, context) => {
          const unique = randomUUID();
          (context as { unique?: string }).unique = unique;
          return { ...request, body: actionBody(target.fields(unique)) };
        },
        onResponse: (status, body, context) => {
          const unique = (context as { unique?: string }).unique!;
          if (status === 200 && body.includes('"status":"sent"')) acknowledged.push(unique);
          else {
            unexpected++;
            firstError ??= `${status} ${body.slice(0, 200)}`;
          }
        },
      },
    ],
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged,
    errors: result.errors + unexpected,
    non2xx: result.non2xx,
    firstError,
  };
}

export async function getPage(label: string, url: string, seconds: number, connections: number, gzip = false): Promise<PageRun> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { accept: "text/html", ...(gzip ? { "accept-encoding": "gzip" } : {}) },
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/**
 * Runs each measure once per round, in ABBA order (A B, B A, ...; with three, A B C, C B A): a
 * drift during the run (a growing table, a busy neighbour) weighs on every side alike.
 */
export async function abba<T>(rounds: number, measures: ((round: number) => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? measures : [...measures].reverse();
    for (const measure of order) results.push(await measure(round));
  }
  return results;
}

/** The mean of one figure over the runs whose label starts with `label`. */
export function mean<T extends { label: string }>(runs: T[], label: string, pick: (run: T) => number): number {
  const matching = runs.filter((run) => run.label.startsWith(label));
  return matching.reduce((sum, run) => sum + pick(run), 0) / matching.length;
}
