import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PetitionState } from "@/lib/generated/prisma/enums";
import { publicPath } from "@/lib/paths";
import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";
import { PetitionProgress } from "./PetitionProgress";
import { SignForm } from "./SignForm";

export interface SignBlockPetition {
  slug: string;
  title: string;
  summary: string;
  target: string;
  goal: number;
  state: PetitionState;
  confirmedCount: number;
  untranslated?: readonly string[];
}

// The same block on the petition's people and in the /act hub.
export function SignBlock({ petition, countries }: { petition: SignBlockPetition; countries: { code: string; name: string }[] }) {
  const t = useTranslations("petitions");
  return (
    <section
      className="space-y-4 rounded border border-line bg-white p-5"
      data-testid={`sign-block-${petition.slug}`}
      aria-labelledby={`${petition.slug}-title`}
    >
      <h3 id={`${petition.slug}-title`} className="font-serif text-xl font-bold" lang={inEnglish(petition, "title") ? "en" : undefined}>
        <Link href={publicPath.petition(petition.slug)} className="hover:underline">
          {petition.title}
        </Link>
      </h3>
      <p className="text-sm text-muted">{t("target", { target: petition.target })}</p>
      <TranslatedText as="p" english={inEnglish(petition, "summary")}>
        {petition.summary}
      </TranslatedText>
      <PetitionProgress count={petition.confirmedCount} goal={petition.goal} />
      {petition.state === "OPEN" ? (
        <SignForm petitionSlug={petition.slug} countries={countries} />
      ) : (
        <p className="font-semibold">{t("closed")}</p>
      )}
    </section>
  );
}
