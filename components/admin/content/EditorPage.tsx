import Link from "next/link";
import type { ReactNode } from "react";
import { adminPath } from "@/lib/paths";
import { TRANSLATED_LOCALES, TRANSLATION_LANGUAGE_NAMES, type TranslationKind } from "@/lib/translations/schema";

// The frame of a staff editing page: where it belongs, what was just saved, and the form.
export function EditorPage({
  title,
  publicHref,
  saved,
  translate,
  children,
}: {
  title: string;
  publicHref?: string;
  saved?: boolean;
  /** The record's translations, linked from its editor. */
  translate?: { kind: TranslationKind; slug: string };
  children: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={adminPath.content} className="underline">
          Content
        </Link>
      </nav>
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {saved && (
        <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="saved">
          Saved. The public pages show the change now.{" "}
          {publicHref && (
            <a href={publicHref} className="underline">
              See the public page
            </a>
          )}
        </p>
      )}
      {publicHref && !saved && (
        <p className="text-sm">
          Public page:{" "}
          <a href={publicHref} className="underline">
            {publicHref}
          </a>
        </p>
      )}
      {translate && <TranslationLinks {...translate} />}
      {children}
    </div>
  );
}

/** Where staff enter a record's Belarusian and Russian texts. */
export function TranslationLinks({ kind, slug }: { kind: TranslationKind; slug: string }) {
  return (
    <p className="text-sm">
      Translations:{" "}
      {TRANSLATED_LOCALES.map((locale, index) => (
        <span key={locale}>
          {index > 0 && " · "}
          <Link href={adminPath.translation(kind, slug, locale)} className="underline">
            {TRANSLATION_LANGUAGE_NAMES[locale]}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** Shown instead of a form when the record in the address does not exist. */
export function MissingRecord({ what }: { what: string }) {
  return (
    <div className="space-y-4" data-testid="missing-record">
      <h1 className="font-serif text-3xl font-bold">No such {what}</h1>
      <p>
        It may have been renamed.{" "}
        <Link href={adminPath.content} className="underline">
          Back to the content list
        </Link>
      </p>
    </div>
  );
}
