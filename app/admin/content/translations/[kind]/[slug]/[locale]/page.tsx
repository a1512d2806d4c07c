import type { Metadata } from "next";
import Link from "next/link";
import { EditorPage, MissingRecord } from "@/components/admin/content/EditorPage";
import { TranslationForm } from "@/components/admin/content/TranslationForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { adminPath, localePath } from "@/lib/paths";
import { getTranslationDocument } from "@/lib/translations/queries";
import {
  TRANSLATED_LOCALES,
  TRANSLATION_KINDS,
  TRANSLATION_LANGUAGE_NAMES,
  type TranslatedLocale,
  type TranslationKind,
} from "@/lib/translations/schema";

export const metadata: Metadata = { title: "Translations" };

type Props = { params: Promise<{ kind: string; slug: string; locale: string }>; searchParams: Promise<{ saved?: string }> };

const isKind = (kind: string): kind is TranslationKind => (TRANSLATION_KINDS as readonly string[]).includes(kind);
const isLocale = (locale: string): locale is TranslatedLocale => (TRANSLATED_LOCALES as readonly string[]).includes(locale);

export default async function TranslationPage({ params, searchParams }: Props) {
  await requireStaffPage("ADMIN");
  const [{ kind, slug, locale }, { saved }] = await Promise.all([params, searchParams]);
  const document = isKind(kind) && isLocale(locale) ? await getTranslationDocument(kind, slug, locale) : null;
  if (!document || !isLocale(locale)) return <MissingRecord what="content to translate" />;
  const language = TRANSLATION_LANGUAGE_NAMES[locale];
  const translated = document.items.filter((item) => item.text).length;
  return (
    <EditorPage
      title={`${language} translation: ${document.title}`}
      publicHref={document.publicHref ? localePath(locale, document.publicHref) : undefined}
      saved={saved === "1"}
    >
      <p className="text-sm">
        {translated} of {document.items.length} texts translated. Other language:{" "}
        {TRANSLATED_LOCALES.filter((other) => other !== locale).map((other) => (
          <Link key={other} href={adminPath.translation(kind, slug, other)} className="underline">
            {TRANSLATION_LANGUAGE_NAMES[other]}
          </Link>
        ))}
      </p>
      <TranslationForm key={document.version} kind={kind} slug={slug} locale={locale} version={document.version} items={document.items} />
    </EditorPage>
  );
}
