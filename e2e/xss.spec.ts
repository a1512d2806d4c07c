import type { APIRequestContext, Browser, BrowserContext, Page } from "@playwright/test";
import { letters } from "./support/client";
import { newAddress } from "./support/comments";
import { E2E_DATABASE_URL, withE2eDatabase } from "./support/database";
import { expect, test } from "./support/fixtures";
import { findForm, postForm, type PageForm } from "./support/forms";
import { linkIn, MAIL_SINK, type SinkMessage } from "./support/mail";
import { signatureTaken } from "../lib/petitions/signed-answer";
import { asShown, oneLine, packedPayloads, withoutNul, XSS_PAYLOADS } from "./support/xss-payloads";

// Every payload of the corpus goes through every text field that reaches a page — staff content,
// signer names, messages of solidarity, query parameters — and then the pages are opened in
// Chromium: no dialog may open, no script may throw or be refused by the CSP, no element may carry
// an event handler or a javascript: link, and the text shows as typed where it is shown. Rows are
// written over HTTP with the pages' own no-JS forms (fast), and deleted after each test (createdContent).
//
// To stay quick, one row carries many payloads: a short field gets several payloads joined (a
// breakout in any one of them still fires), and field f of row k gets group (k + f) mod K, so over
// K rows every field has met every payload. Responses no script could run in (images, JSON, XML)
// are fetched over HTTP, not opened in the browser. The tests share nothing and run in parallel.

test.skip(
  ({ javaScriptEnabled }) => !javaScriptEnabled,
  "Injected scripts can only run with JavaScript on: the with-js project covers this.",
);

const TAG = letters(8);
const PAYLOADS = XSS_PAYLOADS;
const slugOf = (kind: string, index: number) => `xss-${TAG}-${kind}-${index}`;
/** Browser tabs that load pages at once (the server has two cores). */
const TABS = 3;

/** Traps every way a payload could show it ran: dialogs, uncaught errors, CSP refusals. */
async function guard(page: Page) {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => ran.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      ran.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const flag = () => ((window as unknown as { __xss: number }).__xss = 1);
    window.alert = flag;
    window.confirm = () => Boolean(flag());
    window.prompt = () => String(flag());
  });
  return ran;
}

/** Markup no page of this app ever has: an inline handler, a script: link, an injected element. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) &&
          /^\s*(javascript|vbscript|data:text\/html)/i.test(attribute.value) &&
          // React's own stand-in on a form whose action is a function (when it renders the form in the browser).
          !attribute.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted")
        )
          found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
    for (const element of document.querySelectorAll(
      "main iframe, main svg script, main math, main marquee, main style, main template, main meta",
    ))
      found.push(`<${element.localName}> in main`);
    if ((window as unknown as { __xss?: number }).__xss) found.push("alert/confirm/prompt was called");
    return found;
  });
}

// Known defect, PostgreSQL pass only (docs/security.md, open question): a letter page rendered per
// request streams a late Suspense boundary, and the hash-only policy refuses React's own
// boundary scripts, so React renders that boundary again in the browser (error 419). No payload
// runs (the markup and alert checks above still hold); the refusals are noted on the test, not
// hidden, until the policy lets React's streaming runtime through.
const REACT_STREAMING_REFUSED = /^(console: Executing inline script violates|pageerror: Minified React error #419;)/;
const knownLetterPageDefect = (path: string) => E2E_DATABASE_URL.startsWith("postgres") && /\/letter(\?|$)/.test(path);

async function visit(page: Page, ran: string[], path: string) {
  const response = await page.goto(path, { waitUntil: "load" });
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForTimeout(50);
  expect(await injectedMarkup(page), `injected markup on ${path}`).toEqual([]);
  if (knownLetterPageDefect(path)) {
    const known = ran.filter((entry) => REACT_STREAMING_REFUSED.test(entry));
    if (known.length)
      test.info().annotations.push({ type: "known defect", description: `${path}: ${known.length} React streaming scripts refused` });
    ran.splice(0, ran.length, ...ran.filter((entry) => !REACT_STREAMING_REFUSED.test(entry)));
  }
  expect(ran, `scripts ran on ${path}`).toEqual([]);
}

type PageCheck = (page: Page, path: string) => Promise<void>;

/** Visits every path once, a few tabs at a time, each tab guarded; `check` then looks at the page. */
async function visitAll(context: BrowserContext, paths: string[], check?: PageCheck) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: Math.min(TABS, queue.length) }, async () => {
      const page = await context.newPage();
      const ran = await guard(page);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await visit(page, ran, path);
        await check?.(page, path);
      }
      await page.close();
    }),
  );
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!, index);
    }),
  );
  return results;
}

/** A browser context signed in as the staff member `request` is signed in as. */
async function staffContext(browser: Browser, request: APIRequestContext): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies((await request.storageState()).cookies);
  return context;
}

/** Saves a staff form (prisoner, update, petition) through its own no-JS form; the action redirects on success. */
async function saveContent(request: APIRequestContext, path: string, testId: string, fields: Record<string, string | string[]>) {
  const form = await findForm(request, path, testId);
  const response = await postForm(request, path, form, fields);
  expect([303, 307], `${path} saved (${response.status()}): ${(await response.text()).slice(0, 300)}`).toContain(response.status());
}

/** Posts a page's form as a visitor of their own (the app limits each address); the page answered, not an error. */
async function postAsVisitor(request: APIRequestContext, path: string, form: PageForm, fields: Record<string, string>, label: string) {
  const response = await postForm(request, path, form, fields, { "x-forwarded-for": newAddress() });
  expect(response.status(), label).toBeLessThan(400);
  return response.text();
}

/** Mails in the sink to any of `emails` since `since` whose subject matches, waiting until there are `count`. */
async function mailsTo(
  request: APIRequestContext,
  emails: readonly string[],
  subject: RegExp,
  since: number,
  count: number,
): Promise<SinkMessage[]> {
  const wanted = new Set(emails.map((email) => email.toLowerCase()));
  let found: SinkMessage[] = [];
  await expect(async () => {
    const all = (await (await request.get(`${MAIL_SINK}/messages`)).json()) as SinkMessage[];
    found = all.filter(
      (mail) => mail.receivedAt >= since && subject.test(mail.subject) && mail.to.some((to) => wanted.has(to.toLowerCase())),
    );
    expect(found.length, `mails matching ${String(subject)}`).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 60_000, intervals: [250, 500, 1_000] });
  return found;
}

// ---------------------------------------------------------------------------
// Staff content

/** Payloads packed into values that fit the shortest content fields (names and titles: 200). */
const GROUPS = packedPayloads(196);
const ROWS = GROUPS.length;
const group = (row: number, field: number) => GROUPS[(row + field) % ROWS]!;

/** A long text field: every payload as a paragraph, then as headings and list items of the body syntax. */
function longText(row: number): string {
  return [
    PAYLOADS.map((payload) => payload.text).join("\n\n"),
    `## ${group(row, 20)}`,
    PAYLOADS.map((payload) => `* ${oneLine(payload, 200)}`).join("\n"),
    "* [x](javascript:alert(1))",
  ].join("\n\n");
}

/** A source address carrying a group in its query, within the field's 1,000 characters. */
function sourceUrl(row: number): string {
  let text = group(row, 12);
  while (encodeURIComponent(text).length > 950) text = text.slice(0, -10);
  return `https://example.org/source?x=${encodeURIComponent(text)}`;
}

// The rows are shared between two tests (even and odd rows), so both workers carry the heaviest part.
for (const part of [0, 1]) {
  test(`payloads in every staff content field run nowhere: profiles, letters, updates, petitions, editors, ${part ? "" : "lists, feed, sitemap, "}JSON, images (rows ${part ? "odd" : "even"})`, async ({
    browser,
    page,
    adminRequest: admin,
    createdContent,
  }) => {
    test.setTimeout(180_000);
    const rows = [...Array(ROWS).keys()].filter((row) => row % 2 === part);
    const headings = new Map<string, string>();
    const editorTitles = new Map<string, [string, string]>();

    await inParallel(rows, 2, async (row) => {
      const [prisoner, update, petition] = [
        createdContent.prisoner(slugOf("p", row)),
        createdContent.update(slugOf("u", row)),
        createdContent.petition(slugOf("t", row)),
      ];
      await saveContent(admin, "/admin/content/prisoners/new", "prisoner-form", {
        slug: prisoner,
        nameLatin: `Xss ${group(row, 0)}`,
        nameBelarusian: group(row, 1),
        nameRussian: group(row, 2),
        otherSpellings: `en: ${group(row, 3)}\nbe: ${group(row, 4)}\nru: ${group(row, 5)}`,
        status: "DETAINED",
        detainedOn: "2021-03-01",
        sentence: group(row, 6),
        court: group(row, 7),
        placeOfDetention: group(row, 8),
        postalAddress: group(row, 9),
        biography: longText(row),
        changeText: group(row, 10),
        sourceTitle: `${TAG} ${group(row, 11)}`,
        sourceUrl: sourceUrl(row),
      });
      await saveContent(admin, "/admin/content/updates/new", "update-form", {
        slug: update,
        title: group(row, 0),
        summary: [group(row, 1), group(row, 2), group(row, 3)].join("\n"),
        body: longText(row),
        // Dated before every seeded update: another spec's "latest update" stays the seeded one.
        publishedAt: "2001-01-01",
        prisoners: [prisoner],
      });
      await saveContent(admin, "/admin/content/petitions/new", "petition-form", {
        slug: petition,
        title: group(row, 0),
        summary: [group(row, 1), group(row, 2), group(row, 3)].join("\n"),
        body: longText(row),
        target: group(row, 4),
        goal: "1000",
        state: "OPEN",
        prisoners: [prisoner],
      });
      headings.set(`/prisoners/${prisoner}`, `Xss ${group(row, 0)}`);
      headings.set(`/updates/${update}`, group(row, 0));
      headings.set(`/petitions/${petition}`, group(row, 0));
      editorTitles.set(`/admin/content/prisoners/${prisoner}`, ["nameLatin", `Xss ${group(row, 0)}`]);
      editorTitles.set(`/admin/content/updates/${update}`, ["title", group(row, 0)]);
      editorTitles.set(`/admin/content/petitions/${petition}`, ["title", group(row, 0)]);
    });
    // Images, JSON and XML over HTTP, while the browser opens the pages.
    const overHttp = (async () => {
      await inParallel(rows, 2, async (row) => {
        const api = await page.request.get(`/api/v1/prisoners/${slugOf("p", row)}`);
        expect(api.status()).toBe(200);
        // As typed, less the NULs every posted value loses (lib/forms/form-data.ts).
        expect(withoutNul(((await api.json()) as { data: { name: { latin: string } } }).data.name.latin)).toBe(
          withoutNul(`Xss ${group(row, 0)}`),
        );
        for (const og of [`/og/prisoners/${slugOf("p", row)}`, `/og/petitions/${slugOf("t", row)}`, `/og/updates/${slugOf("u", row)}`]) {
          const image = await page.request.get(og);
          expect(image.status(), og).toBe(200);
          expect(image.headers()["content-type"], og).toContain("image/png");
          expect((await image.body()).subarray(1, 4).toString(), og).toBe("PNG");
        }
      });
    })();

    const publicPages = [...headings.keys(), ...rows.map((row) => `/prisoners/${slugOf("p", row)}/letter`)];
    const lists = part
      ? []
      : ["/", "/act", "/prisoners", "/prisoners?page=2", "/prisoners?status=DETAINED", "/updates", "/be/updates", "/ru/prisoners"];
    await visitAll(page.context(), [...publicPages, ...lists], async (tab, path) => {
      // The names and titles show as typed.
      const heading = headings.get(path);
      if (heading !== undefined) await expect(tab.getByRole("heading", { level: 1 }), path).toHaveText(withoutNul(heading));
    });
    // The staff editors give the stored text back in their fields, as values.
    const editors = await staffContext(browser, admin);
    await visitAll(editors, [...editorTitles.keys(), ...(part ? [] : ["/admin/content"])], async (tab, path) => {
      const field = editorTitles.get(path);
      if (field) expect(withoutNul(await tab.locator(`[name="${field[0]}"]`).inputValue()), path).toBe(withoutNul(field[1]));
    });
    await editors.close();

    // The feed and the sitemap stay well-formed XML with no element a payload brought, and the feed
    // gives each of our titles back as text.
    const tab = await page.context().newPage();
    await tab.goto("/api/health");
    for (const path of part ? [] : ["/updates/feed.xml", "/sitemap.xml"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const found = await tab.evaluate(
        ({ source, prefix }) => {
          const doc = new DOMParser().parseFromString(source, "application/xml");
          const titles: Record<string, string> = {};
          for (const entry of doc.getElementsByTagName("entry")) {
            const href = entry.getElementsByTagName("link")[0]?.getAttribute("href") ?? "";
            const slug = href.split("/").at(-1) ?? "";
            if (slug.startsWith(prefix)) titles[slug] = entry.getElementsByTagName("title")[0]?.textContent ?? "";
          }
          const injected = doc.getElementsByTagNameNS("*", "script").length + doc.getElementsByTagNameNS("*", "img").length;
          return { errors: doc.getElementsByTagName("parsererror").length, injected, titles };
        },
        { source: await response.text(), prefix: `xss-${TAG}-u-` },
      );
      expect({ errors: found.errors, injected: found.injected }, path).toEqual({ errors: 0, injected: 0 });
      if (path.endsWith("feed.xml")) expect(Object.keys(found.titles).length, "our updates in the feed").toBeGreaterThan(0);
      for (const [slug, title] of Object.entries(found.titles))
        expect(withoutNul(title), slug).toBe(withoutNul(group(Number(slug.split("-").at(-1)), 0)));
    }
    await tab.close();
    await overHttp;
  });
}

// ---------------------------------------------------------------------------
// Signer names

test("payloads as signer names run nowhere: first names among recent signers, full names on the signer's own data page", async ({
  page,
  request,
  adminRequest: admin,
  createdContent,
}) => {
  test.setTimeout(180_000);
  // Ten recent signers show per petition, and one email signs at most five times an hour: signer i
  // signs petition i mod 6 with email i div 5, so every payload is shown, no email signs a petition
  // twice, and each data page shows five names.
  const petitionCount = Math.ceil(PAYLOADS.length / 10);
  const perEmail = 5;
  const petitions = [...Array(petitionCount).keys()].map((index) => createdContent.petition(slugOf("sig", index)));
  for (const petition of petitions) {
    await saveContent(admin, "/admin/content/petitions/new", "petition-form", {
      slug: petition,
      title: `Xss signers ${TAG}`,
      summary: "Signer names of the XSS corpus.",
      body: "Signer names of the XSS corpus.",
      target: "Nobody",
      goal: "1000",
      state: "OPEN",
    });
  }

  const emailOf = (index: number) => `xss-${TAG}-${Math.floor(index / perEmail)}@example.org`;
  const emails = [...new Set(PAYLOADS.map((_, index) => emailOf(index)))];
  const since = Date.now();
  const form = await findForm(request, `/petitions/${petitions[0]}`, "sign-form");
  const signed = await inParallel(PAYLOADS, 4, async (payload, index) => {
    const petition = petitions[index % petitionCount]!;
    const name = oneLine(payload, 100);
    const fields = { petition, name, email: emailOf(index), country: "LT", showName: "on" };
    const answer = await postForm(request, `/petitions/${petition}`, form, fields, { "x-forwarded-for": newAddress() });
    expect(answer.status(), `sign ${payload.label}`).toBeLessThan(400);
    // A refused name (bidirectional controls) is answered with the form and a message.
    const accepted = signatureTaken({ status: answer.status(), location: answer.headers()["location"], html: await answer.text() });
    return { petition, name, email: emailOf(index), accepted };
  });
  const accepted = signed.filter((signer) => signer.accepted);
  expect(accepted.length, "names accepted").toBeGreaterThanOrEqual(PAYLOADS.length - 3);
  const confirmMails = await mailsTo(request, emails, /Confirm your signature/, since, accepted.length);
  await inParallel(confirmMails, 4, async (mail) => {
    const confirmUrl = new URL(linkIn(mail.text, "/confirm/"));
    const confirm = await findForm(request, confirmUrl.pathname, /name="token"/);
    await postAsVisitor(request, confirmUrl.pathname, confirm, {}, "confirm");
    // The button's answer is a redirect; the link then says the signature counts.
    const link = await (await request.get(confirmUrl.pathname)).text();
    expect(link, `confirmed through ${confirmUrl.pathname}`).toContain('data-testid="confirm-done"');
  });
  // Each signer asks for their data page: it shows their whole names, as typed (cleaned).
  const asked = Date.now();
  const dataForm = await findForm(request, "/my-data", "my-data-form");
  await inParallel(emails, 4, async (email) => {
    await postAsVisitor(request, "/my-data", dataForm, { email }, `my data ${email}`);
  });
  const dataLinks = new Map<string, string>();
  for (const mail of await mailsTo(request, emails, /data/i, asked, emails.length))
    dataLinks.set(new URL(linkIn(mail.text, "/my-data/")).pathname, mail.to[0]!.toLowerCase());
  await visitAll(page.context(), [...dataLinks.keys()], async (tab, path) => {
    const list = tab.getByTestId("my-data-signatures");
    for (const signer of accepted.filter((s) => s.email === dataLinks.get(path)))
      await expect(list, path).toContainText(asShown(signer.name));
  });
  // The petition pages are cached for a few seconds: the ten newest signers show, by first word, as text.
  await expect(async () => {
    await visitAll(
      page.context(),
      petitions.map((petition) => `/petitions/${petition}`),
      async (tab, path) => {
        const signers = tab.getByTestId("recent-signers");
        for (const signer of accepted.filter((s) => `/petitions/${s.petition}` === path))
          await expect(signers, path).toContainText(asShown(signer.name).split(" ")[0]!, { timeout: 1000 });
      },
    );
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 5_000] });
  await visitAll(page.context(), ["/act"]);
  for (const petition of petitions) {
    expect((await request.get(`/api/v1/petitions/${petition}`)).status()).toBe(200);
    const image = await request.get(`/og/petitions/${petition}`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toContain("image/png");
  }
});

// ---------------------------------------------------------------------------
// Messages of solidarity

test("payloads as messages of solidarity run nowhere: approved by a moderator, shown as text on a profile, an update and in the queue", async ({
  browser,
  page,
  request,
  adminRequest: admin,
  moderatorRequest: moderator,
  createdContent,
}) => {
  test.setTimeout(180_000);
  const prisoner = createdContent.prisoner(slugOf("m", 0));
  const update = createdContent.update(slugOf("mu", 0));
  await saveContent(admin, "/admin/content/prisoners/new", "prisoner-form", {
    slug: prisoner,
    nameLatin: `Xss messages ${TAG}`,
    status: "DETAINED",
    detainedOn: "2021-03-01",
    sourceTitle: `${TAG} source`,
  });
  await saveContent(admin, "/admin/content/updates/new", "update-form", {
    slug: update,
    title: `Xss messages ${TAG}`,
    summary: "Messages of the XSS corpus.",
    body: "Messages of the XSS corpus.",
    publishedAt: "2001-01-01",
  });

  // A page shows its newest 50 messages: half the payloads go to the profile, half to the update.
  const pages = [`/prisoners/${prisoner}`, `/updates/${update}`];
  const refs = [`prisoner:${prisoner}`, `update:${update}`];
  const forms = [await findForm(request, pages[0]!, "comment-form"), await findForm(request, pages[1]!, "comment-form")];
  const sent = await inParallel(PAYLOADS, 4, async (payload, index) => {
    const at = index % 2;
    const name = oneLine(payload, 80);
    const answer = await postAsVisitor(
      request,
      pages[at]!,
      forms[at]!,
      { page: refs[at]!, name, message: `${TAG} ${index}: ${payload.text}` },
      `message ${payload.label}`,
    );
    return { path: pages[at]!, name, accepted: answer.includes('data-testid="comment-sent"') };
  });
  const accepted = sent.filter((message) => message.accepted);
  // The checks refuse a few (bidirectional controls, links, repetition).
  expect(accepted.length, "messages accepted").toBeGreaterThanOrEqual(PAYLOADS.length - 8);

  // A moderator approves them all at once with the queue's bulk form.
  const queue = `/admin/moderation?tab=pending&q=${TAG}`;
  const ids = (
    await withE2eDatabase((db) =>
      db.all<{ id: string }>(`SELECT "id" FROM "Comment" WHERE "body" LIKE ? AND "state" <> 'APPROVED'`, `%${TAG}%`),
    )
  ).map((row) => row.id);
  if (ids.length) {
    const bulk = await findForm(moderator, queue, "bulk-form");
    expect((await postForm(moderator, queue, bulk, { decision: "approve", comments: ids })).status()).toBeLessThan(400);
  }
  const { approved } = (await withE2eDatabase((db) =>
    db.get<{ approved: number }>(`SELECT count(*) AS "approved" FROM "Comment" WHERE "body" LIKE ? AND "state" = 'APPROVED'`, `%${TAG}%`),
  ))!;
  expect(approved, "approved").toBe(accepted.length);

  const queuePages = Math.ceil(approved / 25);
  const staff = await staffContext(browser, moderator);
  await visitAll(staff, [
    ...[...Array(queuePages).keys()].map((index) => `/admin/moderation?tab=approved&q=${TAG}&page=${index + 1}`),
    `/admin/moderation?tab=pending&q=${TAG}`,
  ]);
  await staff.close();

  await expect(async () => {
    await visitAll(page.context(), pages, async (tab, path) => {
      const mine = accepted.filter((message) => message.path === path);
      await expect(tab.getByTestId("comment"), path).toHaveCount(mine.length, { timeout: 1000 });
      const authors = await tab.getByTestId("comment-author").allTextContents();
      expect(authors.map((author) => author.trim()).sort(), path).toEqual(mine.map((message) => asShown(message.name)).sort());
    });
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
});

// ---------------------------------------------------------------------------
// Query parameters

test("payloads in search, referral and template parameters run nowhere", async ({ page }) => {
  test.setTimeout(120_000);
  // The search takes at most 100 characters; the referral and the template take anything and
  // show nothing of what they do not know.
  const searches = packedPayloads(100);
  const others = packedPayloads(700);
  const typed = new Map(searches.map((search) => [`/prisoners?q=${encodeURIComponent(search)}`, search.trim()]));
  await visitAll(
    page.context(),
    [
      ...typed.keys(),
      ...others.flatMap((value) => {
        const encoded = encodeURIComponent(value);
        return [`/petitions/free-nasta-loika?ref=${encoded}&ch=${encoded}`, `/prisoners/nasta-loika/letter?template=${encoded}`];
      }),
    ],
    async (tab, path) => {
      // The search box shows the query back as typed, as text.
      const search = typed.get(path);
      if (search !== undefined)
        expect(withoutNul(await tab.locator('input[name="q"]').first().inputValue()), path).toBe(withoutNul(search));
    },
  );
  await inParallel(searches, 3, async (search) => {
    const api = await page.request.get(`/api/v1/prisoners?q=${encodeURIComponent(search)}`);
    expect(api.status(), search).toBeLessThan(500);
    if (api.ok()) await api.json();
  });
});
