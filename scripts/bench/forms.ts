// A page's form as a browser without JavaScript sees it, for the no-JavaScript signing bench: the
// hidden fields React wrote into it. As e2e/support/forms.ts reads them, without Playwright.
import { decodeEntities } from "../../e2e/support/html-entities";

/** The hidden fields of the first form on the page at `url` whose markup holds `which`. */
export async function hiddenFields(url: string, which: string): Promise<[string, string][]> {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  const form = [...(await response.text()).matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([html]) => html).find((html) => html.includes(which));
  if (!form) throw new Error(`No form with ${which} on ${url}`);
  return [...form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
    const name = tag.match(/\bname="([^"]*)"/)?.[1];
    return name === undefined
      ? []
      : [[decodeEntities(name), decodeEntities(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "")] as [string, string]];
  });
}
