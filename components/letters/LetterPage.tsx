import { useFormatter, useTranslations } from "next-intl";
import { dateFormatFor } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import type { TemplateLanguage } from "@/lib/letters/schema";
import { addressBlock, type LetterRecipient } from "@/lib/letters/templates";
import { publicPath } from "@/lib/paths";
import { AddressBlock } from "./AddressBlock";
import { LetterCounter } from "./LetterCounter";
import { LetterTemplates } from "./LetterTemplates";
import { PrintButton } from "./PrintButton";

const GUIDANCE = ["language", "address", "harm", "censor", "patience", "safety"] as const;

/**
 * The letter page. On paper it is only the address block and the letter: a printed page that
 * named the campaign could harm the person it is sent to (app/globals.css, docs/decisions/012).
 */
/** Said plainly before anything else on the page: a letter may not reach this person. */
function LetterWarning({ recipient }: { recipient: LetterRecipient }) {
  const t = useTranslations("prisonPages");
  const format = useFormatter();
  const cannot = recipient.canReceiveLetters === false;
  const incommunicado = recipient.noContactSince !== null && recipient.noContactDays !== null;
  if (!cannot && !incommunicado) return null;
  return (
    <section
      aria-labelledby="letter-warning-heading"
      className="space-y-2 rounded border-l-4 border-accent bg-white p-4 print:hidden"
      data-testid="letter-warning"
    >
      <h2 id="letter-warning-heading" className="font-serif text-xl font-bold">
        {t("letterWarningHeading")}
      </h2>
      {cannot && <p className="max-w-prose">{t("letterCannot", { name: recipient.nameLatin })}</p>}
      {incommunicado && (
        <p className="max-w-prose">
          {t("letterIncommunicado", {
            name: recipient.nameLatin,
            date: format.dateTime(recipient.noContactSince!, dateFormatFor("DAY")),
            count: recipient.noContactDays!,
          })}
        </p>
      )}
    </section>
  );
}

export function LetterPage({ recipient, template }: { recipient: LetterRecipient; template: TemplateLanguage }) {
  const t = useTranslations("letters");
  return (
    <article className="space-y-8 print:space-y-10" data-letter-page>
      <div className="space-y-3 print:hidden">
        <Link href={publicPath.prisoner(recipient.slug)} className="text-sm underline">
          {t("backToProfile", { name: recipient.nameLatin })}
        </Link>
        <h1 className="font-serif text-4xl font-bold">{t("title", { name: recipient.nameLatin })}</h1>
        <p className="max-w-prose text-lg">{t("intro")}</p>
      </div>

      <LetterWarning recipient={recipient} />

      <section aria-labelledby="guidance-heading" className="space-y-3 print:hidden" data-testid="letter-guidance">
        <h2 id="guidance-heading" className="font-serif text-2xl font-bold">
          {t("guidanceHeading")}
        </h2>
        <ul className="max-w-prose list-disc space-y-2 pl-5">
          {GUIDANCE.map((key) => (
            <li key={key}>{t(`guidance.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="address-heading" className="space-y-3">
        <h2 id="address-heading" className="font-serif text-2xl font-bold print:hidden">
          {t("addressHeading")}
        </h2>
        {recipient.placeOfDetention && <p className="print:hidden">{t("placeOfDetention", { place: recipient.placeOfDetention })}</p>}
        <AddressBlock block={addressBlock(recipient)} name={recipient.nameLatin} />
      </section>

      <LetterTemplates recipient={recipient} slug={recipient.slug} chosen={template} />

      <div className="space-y-2 print:hidden">
        <PrintButton label={t("print.button")} />
        <p className="max-w-prose text-sm text-muted">{t("print.hint")}</p>
      </div>

      <section aria-labelledby="sent-heading" className="space-y-3 rounded bg-white p-6 ring-1 ring-line print:hidden">
        <h2 id="sent-heading" className="font-serif text-2xl font-bold">
          {t("sentHeading")}
        </h2>
        <LetterCounter idPrefix="letter-page" slug={recipient.slug} count={recipient.lettersSent} />
      </section>
    </article>
  );
}
