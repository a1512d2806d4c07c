// Load for the faults script: signers posting the petition's sign form as a browser without
// JavaScript does (a native multipart form post to the page, answered with the whole page), each
// with an address of its own. A signature counts as acknowledged only when the answer is the
// page's "check your inbox" panel.
import { randomBytes } from "node:crypto";
import { decodeEntities } from "../../e2e/support/html-entities";
import { signatureTaken } from "../../lib/petitions/signed-answer";

export interface SignForm {
  /** The page the form posts to. */
  url: string;
  /** The hidden fields Next renders into the form ($ACTION_…, petition, ref, ch). */
  hidden: [string, string][];
}

export interface Signer {
  /** Unique per signer; the signature's public first name, so the database can be searched for it. */
  token: string;
  name: string;
  email: string;
}

export interface LoadResult {
  /** Signers whose post was answered with "check your inbox". */
  acknowledged: Signer[];
  /** Answered, but not with success (a validation or limit message, a 4xx or 5xx). */
  refused: number;
  /** No answer: the connection was refused or cut (the kill), or the request timed out. */
  failed: number;
  statuses: Record<string, number>;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Reads the sign form's hidden fields from the petition page, as a browser would before posting. */
export async function loadSignForm(origin: string, petitionSlug: string): Promise<SignForm> {
  const url = `${origin}/petitions/${petitionSlug}`;
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const html = await response.text();
  const form = /<form[^>]*data-testid="sign-form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!response.ok || !form) throw new Error(`No sign form on ${url} (status ${response.status})`);
  const hidden: [string, string][] = [];
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) hidden.push([decodeEntities(name), decodeEntities(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  if (!hidden.some(([name]) => name.startsWith("$ACTION_"))) throw new Error(`The sign form on ${url} has no server action fields`);
  return { url, hidden };
}

export function newSigner(scenario: string): Signer {
  const token = `F${scenario}${randomBytes(6).toString("hex")}`;
  return { token, name: `${token} Faults`, email: `faults-${token.toLowerCase()}@example.org` };
}

/** One no-JavaScript post of the sign form. */
export async function postSignature(
  origin: string,
  form: SignForm,
  signer: Signer,
): Promise<{ outcome: "acknowledged" | "refused" | "failed"; status: string }> {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  body.append("name", signer.name);
  body.append("email", signer.email);
  body.append("country", "LT");
  // Shown among the signers: the public first name is the one field of the row readable in clear.
  body.append("showName", "on");
  body.append("website", "");
  try {
    const response = await fetch(form.url, {
      method: "POST",
      body,
      headers: { origin, accept: "text/html" },
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const html = await response.text();
    const acknowledged = signatureTaken({ status: response.status, location: response.headers.get("location"), html });
    return { outcome: acknowledged ? "acknowledged" : "refused", status: String(response.status) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { outcome: "failed", status: cause };
  }
}

export interface LoadOptions {
  origin: string;
  form: SignForm;
  scenario: string;
  concurrency: number;
  /** Most signatures started per second over all signers; unlimited when absent. */
  ratePerSecond?: number;
  /** Hard stop, whatever happens. */
  maxSeconds: number;
}

/** Starts the signers; stop() ends them after their request in flight. */
export function startSigners(options: LoadOptions): { stop(): void; done: Promise<LoadResult>; acknowledgedSoFar(): number } {
  const result: LoadResult = { acknowledged: [], refused: 0, failed: 0, statuses: {} };
  const deadline = Date.now() + options.maxSeconds * 1000;
  let stopped = false;
  let nextSlot = Date.now();
  const spacing = options.ratePerSecond ? 1000 / options.ratePerSecond : 0;

  const signerLoop = async () => {
    while (!stopped && Date.now() < deadline) {
      if (spacing) {
        const slot = Math.max(nextSlot, Date.now());
        nextSlot = slot + spacing;
        if (slot > Date.now()) await new Promise((resolve) => setTimeout(resolve, slot - Date.now()));
        if (stopped) break;
      }
      const signer = newSigner(options.scenario);
      const { outcome, status } = await postSignature(options.origin, options.form, signer);
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      if (outcome === "acknowledged") result.acknowledged.push(signer);
      else if (outcome === "refused") result.refused++;
      else {
        result.failed++;
        // The server is gone (the kill) or restarting: do not spin on refused connections.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };

  const done = Promise.all(Array.from({ length: options.concurrency }, signerLoop)).then(() => result);
  return {
    stop: () => {
      stopped = true;
    },
    done,
    acknowledgedSoFar: () => result.acknowledged.length,
  };
}
