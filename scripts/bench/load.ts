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
  /** The unique value of each request the server acknowledged (see `postAction` and `postForm`). */
  acknowledged: string[];
  /** How many of those were acknowledged by a redirect (a no-JavaScript post may answer 303/302). */
  redirected: number;
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

function multipartBody(parts: [string, string][]): string {
  return (
    parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`
  );
}

/** The body React sends when a form's action is called from JavaScript: [previousState, formData]. */
function actionBody(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(([name, value]): [string, string] => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify([{ status: "idle" }, "$K1"])]);
  return multipartBody(parts);
}

export interface ActionTarget {
  origin: string;
  path: string;
  id: string;
  fields: (unique: string) => Record<string, string>;
}

/** How a run judges one answer: acknowledged by the page it rendered, by a redirect, or not at all. */
type Judge = (status: number, body: string) => "rendered" | "redirected" | undefined;

async function postMultipart(
  label: string,
  url: string,
  headers: Record<string, string>,
  body: (unique: string) => string,
  judge: Judge,
  seconds: number,
  connections: number,
): Promise<ActionRun> {
  const acknowledged: string[] = [];
  let redirected = 0;
  let unexpected = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
        setupRequest: (request, context) => {
          const unique = randomUUID();
          (context as { unique?: string }).unique = unique;
          return { ...request, body: body(unique) };
        },
        onResponse: (status, answer, context) => {
          const unique = (context as { unique?: string }).unique!;
          const verdict = judge(status, answer);
          if (verdict) {
            acknowledged.push(unique);
            if (verdict === "redirected") redirected++;
          } else {
            unexpected++;
            firstError ??= `${status} ${answer.slice(0, 200)}`;
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
    redirected,
    errors: result.errors + unexpected,
    // A redirect that acknowledged the signature (the signed page's 303) is no failure.
    non2xx: result.non2xx - redirected,
    firstError,
  };
}

/** A form's action called from JavaScript; acknowledged when it answers `"status":"sent"`. */
export function postAction(label: string, target: ActionTarget, seconds: number, connections: number): Promise<ActionRun> {
  return postMultipart(
    label,
    `${target.origin}${target.path}`,
    { accept: "text/x-component", "next-action": target.id, origin: target.origin },
    (unique) => actionBody(target.fields(unique)),
    (status, body) => (status === 200 && body.includes('"status":"sent"') ? "rendered" : undefined),
    seconds,
    connections,
  );
}

/** A page's form as a browser without JavaScript posts it (scripts/bench/forms.ts finds it). */
export interface FormTarget {
  origin: string;
  path: string;
  /** The form's hidden fields as the page wrote them: React's $ACTION_… ones and the form's own. */
  hidden: [string, string][];
  fields: (unique: string) => Record<string, string>;
  /** The data-testid the page's answer shows when the post was taken. */
  sentMark: string;
}

/**
 * A no-JavaScript form post: acknowledged when the answer is the page (200) showing `sentMark`,
 * or a redirect (303/302, to a page that says so).
 */
export function postForm(label: string, target: FormTarget, seconds: number, connections: number): Promise<ActionRun> {
  const mark = `data-testid="${target.sentMark}"`;
  return postMultipart(
    label,
    `${target.origin}${target.path}`,
    { accept: "text/html", origin: target.origin },
    (unique) => {
      const fields = target.fields(unique);
      return multipartBody([...target.hidden.filter(([name]) => !(name in fields)), ...Object.entries(fields)]);
    },
    (status, body) => {
      if (status === 303 || status === 302) return "redirected";
      return status === 200 && body.includes(mark) ? "rendered" : undefined;
    },
    seconds,
    connections,
  );
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
