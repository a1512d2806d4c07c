import { deleteModerationWord } from "@/lib/comments/actions";
import { StaffActionForm } from "./StaffActionForm";

export interface WordRow {
  id: string;
  term: string;
  language: string;
  kind: "BANNED" | "SUSPECT";
}

const LISTS = [
  { kind: "BANNED", heading: "Banned words", text: "A message containing one is refused; the author is told to change it." },
  { kind: "SUSPECT", heading: "Suspect words", text: "A message containing one waits for a moderator, even on a post-moderated page." },
] as const;

const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "be", name: "Belarusian" },
  { code: "ru", name: "Russian" },
] as const;

export function WordLists({ words }: { words: WordRow[] }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      {LISTS.map((list) => (
        <section key={list.kind} aria-labelledby={`list-${list.kind}`} className="space-y-3" data-testid={`words-${list.kind}`}>
          <h2 id={`list-${list.kind}`} className="font-serif text-2xl font-bold">
            {list.heading}
          </h2>
          <p className="text-sm text-muted">{list.text}</p>
          {LANGUAGES.map((language) => {
            const rows = words.filter((word) => word.kind === list.kind && word.language === language.code);
            return (
              <div key={language.code} className="space-y-1">
                <h3 className="font-semibold">
                  {language.name} ({rows.length})
                </h3>
                {rows.length === 0 ? (
                  <p className="text-sm text-muted">None.</p>
                ) : (
                  <ul className="divide-y divide-line rounded border border-line bg-white">
                    {rows.map((word) => (
                      <li key={word.id} className="flex items-center justify-between gap-2 px-3 py-1.5" data-testid="word">
                        <span lang={word.language} data-testid="word-term">
                          {word.term}
                        </span>
                        <StaffActionForm action={deleteModerationWord} className="flex items-center gap-2">
                          <input type="hidden" name="word" value={word.id} />
                          <button type="submit" className="rounded border border-accent px-2 py-0.5 text-sm text-accent">
                            Delete<span className="sr-only"> “{word.term}”</span>
                          </button>
                        </StaffActionForm>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
