"use server";

import { redirect } from "next/navigation";
import type { EditorFormState } from "../forms/editor";
import { echoValues, fieldMessages } from "../forms/form-data";
import { adminPath } from "../paths";
import { revalidatePublic } from "../routing/revalidate";
import { NOT_SAVED, staffAction, type FormAction } from "../server-action";
import { saveTranslationRecord } from "./mutations";
import { getTranslationDocument } from "./queries";
import { translationFormSchema, translationTextsSchema } from "./schema";

// A public endpoint like every action: the role is checked first, then which page and language
// the form names; the texts are read only under the keys that page has (the database says which
// records they belong to, never the form), each checked against its own limit.

export const saveTranslations: FormAction<EditorFormState> = staffAction(
  "ADMIN",
  translationFormSchema,
  async ({ kind, slug, locale, version }, { staff, form }) => {
    const document = await getTranslationDocument(kind, slug, locale);
    if (!document) return { status: "error", message: "This content no longer exists. Nothing was changed." };
    const posted = Object.fromEntries(document.items.map((item) => [item.key, String(form.get(item.key) ?? item.text)]));
    const parsed = translationTextsSchema(document.items).safeParse(posted);
    if (!parsed.success) return { status: "error", fieldErrors: fieldMessages(parsed.error), values: echoValues(form) };

    const result = await saveTranslationRecord(staff, document, locale, version, new Map(Object.entries(parsed.data)));
    if (result.outcome === "conflict")
      return {
        status: "error",
        message:
          "Someone changed these translations while you were editing them. Nothing was changed: open the page again to see their work.",
        values: echoValues(form),
      };
    if (result.changed > 0) revalidatePublic(document.paths);
    redirect(`${adminPath.translation(kind, slug, locale)}?saved=1`);
  },
  {
    name: "save-translations",
    answers: {
      forbidden: { status: "forbidden" },
      invalid: (error, form) => ({ status: "error", fieldErrors: fieldMessages(error), values: echoValues(form) }),
      failed: (form) => ({ status: "error", message: NOT_SAVED, values: echoValues(form) }),
    },
  },
);
