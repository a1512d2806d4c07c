import { z } from "zod";
import type { FormValues } from "./schema";

// Native form posts carry Next's own fields ("$ACTION_ID_…") beside the form's; they are not input.
const isFormField = (name: string) => !name.startsWith("$ACTION");

/** A posted form as an object for a schema: fields listed in `lists` keep every value (checkbox groups). */
export function formObject(formData: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const name of new Set([...formData.keys()].filter(isFormField))) {
    const values = formData.getAll(name).filter((value): value is string => typeof value === "string");
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

/** Zod issues as field -> messages, for the form to show beside each field. */
export function fieldMessages(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
