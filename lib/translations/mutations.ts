import "server-only";
import { auditEntry } from "../audit/log";
import type { Staff } from "../auth/guards";
import { db } from "../db";
import { translationVersion, type TranslationDocument } from "./queries";
import type { TranslatedLocale } from "./schema";

export type TranslationSave = { outcome: "saved"; changed: number } | { outcome: "conflict" };

/**
 * Stores the texts of one page of content in `locale`, with one audit entry naming what changed:
 * a new or changed text is written, an emptied one removed (the English shows again). Conditioned
 * on the version the form was loaded at, so one editor never overwrites another's work unseen.
 */
export async function saveTranslationRecord(
  staff: Staff,
  document: TranslationDocument,
  locale: TranslatedLocale,
  version: string,
  texts: ReadonlyMap<string, string>,
): Promise<TranslationSave> {
  const changes = document.items.filter((item) => texts.has(item.key) && texts.get(item.key) !== item.text);
  if (version !== document.version) return { outcome: "conflict" };
  if (changes.length === 0) return { outcome: "saved", changed: 0 };

  const saved = await db.$transaction(async (tx) => {
    // Read again inside the transaction: another editor may have saved since the page was read.
    if ((await translationVersion(tx, locale, document.items)) !== version) return false;
    for (const item of changes) {
      const where = { subject: item.subject, subjectId: item.subjectId, locale, field: item.field };
      const text = texts.get(item.key)!;
      if (text === "") await tx.contentTranslation.deleteMany({ where });
      else
        await tx.contentTranslation.upsert({
          where: { subject_subjectId_locale_field: where },
          create: { ...where, text },
          update: { text },
        });
    }
    await auditEntry(
      {
        actorId: staff.id,
        action: "translation.save",
        entityType: "ContentTranslation",
        entityId: `${document.kind}/${document.slug}/${locale}`,
        before: Object.fromEntries(changes.map((item) => [item.label, item.text || null])),
        after: Object.fromEntries(changes.map((item) => [item.label, texts.get(item.key) || null])),
      },
      tx,
    );
    return true;
  });
  return saved ? { outcome: "saved", changed: changes.length } : { outcome: "conflict" };
}
