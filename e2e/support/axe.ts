import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// axe-core on the page as it is now, against WCAG 2.1 A and AA. A serious or critical violation
// fails the test (issue 11); minor and moderate ones are for a person to judge, not a gate.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's own explanation of the first failing node: what to change. */
  summary: string;
}

/**
 * axe is a script run in the page, and a page with JavaScript off cannot run one. For the project
 * without JavaScript, the page as it stands (a form's answer rendered by the server, say) is copied
 * into a browser that runs scripts, with the page's own scripts taken out: what is checked is what
 * that reader sees, styles and all (the stylesheets load from the app as before).
 */
async function withScripts<T>(page: Page, work: (page: Page) => Promise<T>): Promise<T> {
  if (test.info().project.use.javaScriptEnabled !== false) return work(page);
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route(
      (address) => address.href === url,
      (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    return await work(copy);
  } finally {
    await context.close();
  }
}

/** The serious and critical WCAG violations on the page, one entry per rule. */
export async function blockingViolations(page: Page): Promise<AxeFinding[]> {
  const { violations } = await withScripts(page, (target) => new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze());
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
      summary: violation.nodes[0]?.failureSummary ?? "",
    }));
}

/** Fails with every serious or critical violation, its rule id, the elements and what to fix. */
export async function expectAccessible(page: Page, what: string = new URL(page.url()).pathname) {
  const findings = await blockingViolations(page);
  const report = findings
    .map((f) => `${f.rule} (${f.impact}): ${f.help}\n  on ${f.targets.join(", ")}\n  ${f.summary.replaceAll("\n", "\n  ")}`)
    .join("\n");
  expect(findings, `axe on ${what}:\n${report}`).toEqual([]);
}
