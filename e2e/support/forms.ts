import { test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { decodeEntities } from "./html-entities";

// Posting a page's own forms over HTTP, as a browser without JavaScript does: the hidden $ACTION_…
// fields React wrote into the form, plus the fields given. Much faster than filling a form in the
// browser when a test needs many rows (e2e/xss.spec.ts).

export interface PageForm {
  /** The whole <form>…</form> markup. */
  html: string;
  hidden: [string, string][];
}

/** The forms of a page's HTML, with their hidden fields (React's $ACTION_… ones and the form's own). */
export function formsOf(html: string): PageForm[] {
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => ({
    html: form,
    hidden: [...form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
      const name = tag.match(/\bname="([^"]*)"/)?.[1];
      return name === undefined
        ? []
        : [[decodeEntities(name), decodeEntities(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "")] as [string, string]];
    }),
  }));
}

/** The first form of the page at `path` whose markup matches `which` (a data-testid, or a pattern). */
export async function findForm(
  request: APIRequestContext,
  path: string,
  which: string | RegExp,
  headers?: Record<string, string>,
): Promise<PageForm> {
  const response = await request.get(path, { headers });
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  const forms = formsOf(await response.text());
  const form = forms.find((f) => (typeof which === "string" ? f.html.includes(`data-testid="${which}"`) : which.test(f.html)));
  if (!form) throw new Error(`No form ${String(which)} on ${path}`);
  return form;
}

/** Posts a form found with findForm (to the page it came from), its hidden fields plus `fields`. */
export async function postForm(
  request: APIRequestContext,
  path: string,
  form: PageForm,
  fields: Record<string, string | string[]>,
  headers?: Record<string, string>,
): Promise<APIResponse> {
  const body = new FormData();
  const given = new Set(Object.keys(fields));
  for (const [name, value] of form.hidden) if (!given.has(name)) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  // A browser names the page's origin; the app refuses a post from another site.
  const origin = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100").origin;
  return request.post(path, { multipart: body, headers: { origin, ...headers }, maxRedirects: 0 });
}
