import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import be from "./messages/be.json";
import en from "./messages/en.json";
import mailBe from "./messages/mail.be.json";
import mailEn from "./messages/mail.en.json";
import mailRu from "./messages/mail.ru.json";
import ru from "./messages/ru.json";
import { routing, type Locale } from "./routing";

// The catalogues are the site's words in three languages: a key missing in one is a page that
// shows a key instead of a sentence, a message that does not parse is a page that fails.

type Catalogue = { [key: string]: string | Catalogue };
const CATALOGUES: Record<Locale, Catalogue> = { en, be, ru };
const MAIL_CATALOGUES: Record<Locale, Catalogue> = { en: mailEn, be: mailBe, ru: mailRu };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}

/** Arguments for every placeholder of a message: numbers, which every placeholder type accepts. */
function sampleArguments(message: string, count: number): Record<string, number | Date> {
  const names = [...message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?\s*[,}]/g)];
  return Object.fromEntries(names.map(([, name, type]) => [name!, type === "date" ? new Date(0) : count]));
}

const CASES = routing.locales.flatMap((locale) => [
  { name: `the ${locale} site catalogue`, locale, messages: flatten(CATALOGUES[locale]), english: flatten(en) },
  { name: `the ${locale} mail catalogue`, locale, messages: flatten(MAIL_CATALOGUES[locale]), english: flatten(mailEn) },
]);

describe.each(CASES)("$name", ({ locale, messages, english }) => {
  it("has exactly the English keys", () => {
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
  });

  it("has messages that parse and format in ICU, for every plural form", () => {
    const broken: string[] = [];
    for (const [key, message] of messages) {
      try {
        const format = new IntlMessageFormat(message, locale);
        for (const count of [0, 1, 2, 5, 11, 21, 22, 1135]) format.format(sampleArguments(message, count));
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("names every placeholder the English message names", () => {
    // An argument is "{name}" or "{name, type…}"; a plural branch's text ("{No signatures}") is not.
    const placeholders = (message: string) => new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]));
    const differing = [...messages].filter(([key, message]) => {
      const expected = placeholders(english.get(key) ?? "");
      const actual = placeholders(message);
      return expected.size !== actual.size || [...expected].some((name) => !actual.has(name));
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe("plurals in Belarusian and Russian", () => {
  const days = (locale: Locale, count: number) =>
    new IntlMessageFormat(flatten(CATALOGUES[locale]).get("profile.daysBehindBars")!, locale).format({ count }) as string;

  it.each([
    [1, "дзень", "день"],
    [2, "дні", "дня"],
    [5, "дзён", "дней"],
    [11, "дзён", "дней"],
    [21, "дзень", "день"],
    [22, "дні", "дня"],
    [1135, "дзён", "дней"],
  ])("%i takes its own form", (count, belarusian, russian) => {
    expect(days("be", count)).toMatch(new RegExp(`^${new Intl.NumberFormat("be").format(count)} ${belarusian}(?=\\s|$)`, "u"));
    expect(days("ru", count)).toMatch(new RegExp(`^${new Intl.NumberFormat("ru").format(count)} ${russian}(?=\\s|$)`, "u"));
  });
});

// Keys reached through a variable, not written out in the code. Each family is named here with
// the code that builds it, so a key of a family counts as used.
const DYNAMIC_FAMILIES = [
  /^status\./, // t(`status.${person.status}`)
  /^myData\.states\./, // tStatus(signature.state)
  /^comments\.report\.reasons\./, // t(`reasons.${reason}`)
  /^comments\.errors\./, // t(`errors.${state.message}`): action answers
  /^comments\.sent\./, // t(`sent.${state.status}`)
  /^forms\.errors\./, // schema messages and action answers are keys of forms.errors
  /^letters\.errors\./, // action answers
  /^corrections\.(errors|fields)\./, // schema messages and action answers; t(`fields.${name}`) for CORRECTION_FIELDS
  /^letters\.guidance\./, // t(`guidance.${key}`)
  /^privacy\.sections\./, // t(`sections.${section}.title`)
  /^petitions\.confirm\.\w+(Heading|Text)$/, // t(`${link.state}Heading`)
  /^subscriptions\.confirm\.\w+(Heading|Text)$/, // t(`${state}Heading`)
  /^(act|privacy|updates|prisoners|prisonPages|birthdays)\.(title|description)$/, // catalogueMetadata(params, namespace)
  /^prisonPages\.(type|regime|region|answer|nameIn)\./, // t(`type.${prison.type}`), t(`answer.${answer}`)
  /^share\.(telegram|whatsapp|x|facebook|email)$/, // t(channel) for SHARE_CHANNELS
  /^refusals\./, // messages.refusals[kind] in lib/routing/refusal-page.ts
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mts)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The namespaces a file's translators are made for: useTranslations("x"), { namespace: "x" }. */
function namespacesOf(text: string): string[] {
  const found = [...text.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"|namespace:\s*"([\w.]+)"/g)];
  return found.map((match) => match[1] ?? match[2]!);
}

describe("the English catalogue", () => {
  const english = flatten(en);
  it("has no key the code never uses", () => {
    const code = ["app", "components", "lib", "prisma", "server"].flatMap((entry) => sourceFiles(entry));
    const files = code.map((file) => readFileSync(file, "utf8")).map((text) => ({ text, namespaces: namespacesOf(text) }));
    const quoted = (text: string, key: string) => text.includes(`"${key}"`) || text.includes(`'${key}'`) || text.includes(`\`${key}\``);
    // Used: a file with a translator for a namespace of the key names the rest of it in quotes.
    const unused = [...english.keys()].filter(
      (key) =>
        !DYNAMIC_FAMILIES.some((family) => family.test(key)) &&
        !files.some(
          ({ text, namespaces }) =>
            quoted(text, key) ||
            namespaces.some((namespace) => key.startsWith(`${namespace}.`) && quoted(text, key.slice(namespace.length + 1))),
        ),
    );
    expect(unused).toEqual([]);
  });
});
