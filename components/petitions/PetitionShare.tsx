import { useTranslations } from "next-intl";
import { ShareLinks } from "@/components/ui/ShareLinks";

/** "Share the petition" with its links, on the petition's page and on its signed page. */
export function PetitionShare({ url, title }: { url: string; title: string }) {
  const t = useTranslations("share");
  return (
    <section className="space-y-2" aria-labelledby="share-heading">
      <h2 id="share-heading" className="font-serif text-xl font-bold">
        {t("petitionHeading")}
      </h2>
      <ShareLinks url={url} text={t("petitionMessage", { title })} />
    </section>
  );
}
