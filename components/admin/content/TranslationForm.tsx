"use client";

import { TextArea, TextField } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import type { EditorFormState } from "@/lib/forms/editor";
import { saveTranslations } from "@/lib/translations/actions";
import { translationTextsSchema, type TranslatedLocale } from "@/lib/translations/schema";
import { editorMessage, SaveButton } from "./AdminForm";

export interface TranslationFormItem {
  key: string;
  label: string;
  english: string;
  max: number;
  multiline: boolean;
  text: string;
}

const INITIAL: EditorFormState = { status: "idle" };
const FAILED: EditorFormState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

/**
 * Every text of one page of content beside its English original. An empty field means "not yet
 * translated": the public page shows the English, marked. Limits come from the same rules the
 * server checks (lib/translations/schema.ts).
 */
export function TranslationForm({
  kind,
  slug,
  locale,
  version,
  items,
}: {
  kind: string;
  slug: string;
  locale: TranslatedLocale;
  version: string;
  items: TranslationFormItem[];
}) {
  const form = useServerForm(translationTextsSchema(items), saveTranslations, INITIAL, FAILED, (state) => {
    const echoed = state.status === "error" ? state.values : undefined;
    return Object.fromEntries(
      items.map((item) => {
        const typed = echoed?.[item.key];
        return [item.key, typeof typed === "string" ? typed : item.text];
      }),
    );
  });
  return (
    <form {...form.formProps} className="space-y-6" data-testid="translation-form">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <FormMessage text={editorMessage(form.state)} />
      {items.map((item) => {
        const props = {
          id: `translation-${item.key.replaceAll(":", "-")}`,
          label: item.label,
          hint: `At most ${item.max.toLocaleString("en")} characters. Leave empty to show the English.`,
          error: form.error(item.key),
          defaultValue: String(form.defaults[item.key] ?? ""),
          registration: form.register(item.key),
          maxLength: item.max,
          lang: locale,
        };
        return (
          <div key={item.key} className="grid gap-3 rounded bg-white p-4 ring-1 ring-line md:grid-cols-2">
            <div className="space-y-1">
              <p className="text-sm font-semibold">English original</p>
              <p lang="en" className="text-sm whitespace-pre-line">
                {item.english}
              </p>
            </div>
            {item.multiline ? (
              <TextArea {...props} rows={Math.min(16, 3 + Math.ceil(item.english.length / 80))} />
            ) : (
              <TextField {...props} />
            )}
          </div>
        );
      })}
      <SaveButton pending={form.pending} label="Save translations" />
    </form>
  );
}
