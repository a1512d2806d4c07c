import { useTranslations } from "next-intl";

/** What a supporter sees once their signature is taken: in place with JavaScript, on the signed page without. */
export function SignSent() {
  const t = useTranslations("petitions");
  return (
    <div role="status" className="space-y-2 rounded border-l-4 border-free bg-white p-5" data-testid="sign-sent">
      <h3 className="font-serif text-xl font-bold">{t("sent.heading")}</h3>
      <p>{t("sent.text")}</p>
      <p className="text-sm text-muted">{t("sent.spam")}</p>
    </div>
  );
}
