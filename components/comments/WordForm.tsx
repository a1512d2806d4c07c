"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { addModerationWord } from "@/lib/comments/actions";
import { WORD_LANGUAGES, wordSchema, type StaffState, type WordInput } from "@/lib/comments/schema";
import { StaffAnswer } from "./StaffActionForm";

const INITIAL: StaffState = { status: "idle" };
const FAILED: StaffState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

const LANGUAGE_NAMES: Record<(typeof WORD_LANGUAGES)[number], string> = { en: "English", be: "Belarusian", ru: "Russian" };

/** Adds a word to the banned or the suspect list. */
export function WordForm() {
  const { state, formAction, pending, send } = useEnhancedAction(addModerationWord, INITIAL, FAILED);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<WordInput>({ resolver: zodResolver(wordSchema), defaultValues: { term: "", language: "en", kind: "BANNED" } });
  const error = errors.term?.message ?? errors.language?.message ?? errors.kind?.message;
  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4"
      data-testid="word-form"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="word-term" className="text-sm font-semibold">
          Word or stem
        </label>
        <input
          id="word-term"
          maxLength={60}
          aria-invalid={Boolean(errors.term)}
          aria-describedby="word-term-hint"
          className="rounded border border-muted bg-white px-3 py-1.5"
          {...register("term")}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="word-language" className="text-sm font-semibold">
          Language
        </label>
        <select id="word-language" className="rounded border border-muted bg-white px-2 py-1.5" {...register("language")}>
          {WORD_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="word-kind" className="text-sm font-semibold">
          List
        </label>
        <select id="word-kind" className="rounded border border-muted bg-white px-2 py-1.5" {...register("kind")}>
          <option value="BANNED">Banned (message refused)</option>
          <option value="SUSPECT">Suspect (message waits for a moderator)</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-1.5 font-semibold text-white disabled:opacity-60">
        Add
      </button>
      <p id="word-term-hint" className="w-full text-xs text-muted">
        Latin words match whole words; end one with * to match any ending (fuck*). Cyrillic words are stems: they match any ending, also
        after a prefix (хуй matches похуй).
      </p>
      {error && (
        <p role="alert" className="w-full text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <StaffAnswer state={state} />
    </form>
  );
}
