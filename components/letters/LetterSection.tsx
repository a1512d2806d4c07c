import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { addressBlock, type LetterRecipient } from "@/lib/letters/templates";
import { publicPath } from "@/lib/paths";
import { AddressBlock } from "./AddressBlock";
import { LetterCounter } from "./LetterCounter";

/** "Write a letter" on the profile of someone still held: the gist, the address, the count. */
export function LetterSection({ recipient }: { recipient: LetterRecipient }) {
  const t = useTranslations("letters");
  return (
    <section aria-labelledby="letter-heading" className="space-y-4 rounded bg-white p-6 ring-1 ring-line" data-testid="letter-section">
      <h2 id="letter-heading" className="font-serif text-2xl font-bold">
        {t("title", { name: recipient.nameLatin })}
      </h2>
      <p className="max-w-prose">{t("intro")}</p>
      <ul className="max-w-prose list-disc space-y-1 pl-5 text-sm">
        <li>{t("summary.language")}</li>
        <li>{t("summary.harm")}</li>
        <li>{t("summary.censor")}</li>
      </ul>
      <h3 className="font-serif text-xl font-bold">{t("addressHeading")}</h3>
      <AddressBlock block={addressBlock(recipient)} name={recipient.nameLatin} />
      <p>
        <Link href={publicPath.letter(recipient.slug)} className="font-semibold text-accent underline">
          {t("openLetterPage")}
        </Link>
      </p>
      <LetterCounter idPrefix="profile" slug={recipient.slug} count={recipient.lettersSent} />
    </section>
  );
}
