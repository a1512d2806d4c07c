import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from "@/lib/letters/schema";
import { letterTemplate, templateEndonym, type RecipientNames } from "@/lib/letters/templates";
import { publicPath } from "@/lib/paths";

/** The letter in the chosen language, with links to the others (no JavaScript needed). */
export function LetterTemplates({ recipient, slug, chosen }: { recipient: RecipientNames; slug: string; chosen: TemplateLanguage }) {
  const t = useTranslations("letters");
  const letter = letterTemplate(chosen, recipient);
  return (
    <section aria-labelledby="templates-heading" className="space-y-4">
      <div className="space-y-2 print:hidden">
        <h2 id="templates-heading" className="font-serif text-2xl font-bold">
          {t("templatesHeading")}
        </h2>
        <p className="max-w-prose">{t("templatesIntro")}</p>
        <nav aria-label={t("templateChooser")}>
          <ul className="flex flex-wrap gap-3">
            {TEMPLATE_LANGUAGES.map((language) => (
              <li key={language}>
                <Link
                  href={`${publicPath.letter(slug)}?template=${language}#letter`}
                  lang={language}
                  aria-current={language === chosen ? "page" : undefined}
                  className={
                    language === chosen
                      ? "rounded bg-ink px-3 py-1.5 font-semibold text-white no-underline"
                      : "rounded px-3 py-1.5 font-semibold underline ring-1 ring-line"
                  }
                >
                  {templateEndonym(language)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {chosen === "en" && <p className="text-sm text-muted">{t("englishNote")}</p>}
      </div>
      <div
        id="letter"
        lang={chosen}
        className="max-w-prose space-y-4 rounded bg-white p-6 font-serif text-lg ring-1 ring-line print:p-0 print:ring-0"
        data-testid="letter-template"
      >
        {letter.lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    </section>
  );
}
