import type { UseFormRegisterReturn } from "react-hook-form";

/** A group of checkboxes, one per person, all posted under one name. */
export function PeopleField({
  idPrefix,
  legend,
  error,
  people,
  selected,
  registration,
}: {
  idPrefix: string;
  legend: string;
  error?: string;
  people: { slug: string; nameLatin: string }[];
  selected: readonly string[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={`${idPrefix}-people-error`}>
      <legend className="text-sm font-semibold">{legend}</legend>
      {people.length === 0 && <p className="text-sm text-muted">There are no profiles yet.</p>}
      <ul className="grid gap-1 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.slug}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={person.slug} defaultChecked={selected.includes(person.slug)} {...registration} />
              <span>
                {person.nameLatin} <span className="text-muted">({person.slug})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <span
        id={`${idPrefix}-people-error`}
        aria-live="polite"
        className="text-sm font-semibold text-accent"
        data-testid={`error-${idPrefix}-prisoners`}
      >
        {error}
      </span>
    </fieldset>
  );
}
