import { z } from "zod";
import type { FormValues } from "./editor";

// A server action is a public endpoint: whoever calls it chooses its arguments, not our forms.
// React decodes whatever the request carries (null, a number, a list, a plain form post sent to an
// action that expects a previous state first), so an argument typed `FormData` may be anything.
// Read as an empty form, it fails the action's schema like any incomplete form does: the caller
// gets the form's own "this is missing" answer, nothing is written, and nothing throws into a 500.

/** The posted form, or an empty one when the caller sent something that is not a form. */
export function postedForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

// Native form posts carry Next's own fields ("$ACTION_ID_…") beside the form's; they are not input.
const isFormField = (name: string) => !name.startsWith("$ACTION");

// U+0000 goes from every posted value, staff fields' too: nobody types it, PostgreSQL's text cannot
// hold it (the write would fail, and the form would say "nothing was saved, try again" for ever),
// and no page can show it. Supporter text loses the other control characters too (./text.ts).
const withoutNul = (value: string) => value.replace(/\u0000/g, "");

/** A posted form as an object for a schema: fields listed in `lists` keep every value (checkbox groups). */
export function formObject(formData: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const name of new Set([...formData.keys()].filter(isFormField))) {
    const values = formData
      .getAll(name)
      .filter((value): value is string => typeof value === "string")
      .map(withoutNul);
    object[name] = lists.includes(name) ? values : values[0];
  }
  for (const name of lists) object[name] ??= [];
  return object;
}

/** What was typed, returned with an error so a form re-rendered without JavaScript keeps it. */
export function echoValues(formData: FormData, lists: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(formObject(formData, lists))) {
    if (Array.isArray(value)) values[name] = value.map((item) => String(item).slice(0, 200));
    else if (typeof value === "string") values[name] = value.slice(0, 50_000);
  }
  return values;
}

/**
 * Zod issues as field -> messages, for the form to show beside each field: the words themselves
 * on staff forms, keys of the "forms.errors" catalogue on supporter forms (translated by the form).
 */
export function fieldMessages(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
