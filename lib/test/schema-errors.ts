import { fieldMessages } from "../forms/form-data";

/** The field messages a schema answers for a value, as the form shows them ({} when it is valid). */
export function errorsOf(schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldMessages(result.error as never);
}
