// The sign form's limits, shared by the schema (schema.ts) and the form's controls in the browser,
// in a module without zod so the browser is not sent a schema library to read a number.

/** A signer's name, as typed (cleaned by lib/forms/text.ts). */
export const NAME_MAX = 100;
