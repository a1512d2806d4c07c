"use client";

import { SelectField, TextField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { addModerationWord } from "@/lib/comments/actions";
import { WORD_LANGUAGES, wordSchema } from "@/lib/comments/schema";
import { STAFF_FAILED, STAFF_IDLE, StaffAnswer } from "./StaffActionForm";

const LANGUAGE_NAMES: Record<(typeof WORD_LANGUAGES)[number], string> = { en: "English", be: "Belarusian", ru: "Russian" };

const COMPACT = "rounded border border-muted bg-white px-3 py-1.5";

/** Adds a word to the banned or the suspect list. */
export function WordForm() {
  const { state, pending, register, error, formProps } = useServerForm(wordSchema, addModerationWord, STAFF_IDLE, STAFF_FAILED, () => ({
    term: "",
    language: "en" as const,
    kind: "BANNED" as const,
  }));
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4" data-testid="word-form">
      <TextField
        id="word-term"
        label="Word or stem"
        error={error("term")}
        maxLength={60}
        className={COMPACT}
        // The hint is the long line under the whole row.
        aria-describedby="word-term-error word-term-hint"
        registration={register("term")}
      />
      <SelectField id="word-language" label="Language" error={error("language")} className={COMPACT} registration={register("language")}>
        {WORD_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </SelectField>
      <SelectField id="word-kind" label="List" error={error("kind")} className={COMPACT} registration={register("kind")}>
        <option value="BANNED">Banned (message refused)</option>
        <option value="SUSPECT">Suspect (message waits for a moderator)</option>
      </SelectField>
      <SubmitButton pending={pending} label="Add" className="rounded bg-ink px-4 py-1.5 font-semibold text-white disabled:opacity-60" />
      <p id="word-term-hint" className="w-full text-xs text-muted">
        Latin words match whole words; end one with * to match any ending (fuck*). Cyrillic words are stems: they match any ending, also
        after a prefix (хуй matches похуй).
      </p>
      <StaffAnswer state={state} />
    </form>
  );
}
