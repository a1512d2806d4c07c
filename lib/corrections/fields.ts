// The profile fields a visitor can report as wrong. The simple ones (one text or one date column
// of Prisoner) can be corrected from the queue in one step; the rest ("other", names, charges)
// are corrected by hand on the profile's own staff form.

export const TEXT_FIELDS = ["sentence", "court", "placeOfDetention", "judge"] as const;
export const DATE_FIELDS = ["detainedOn", "sentencedOn", "releasedOn", "birthDate"] as const;
export const CORRECTION_FIELDS = [...TEXT_FIELDS, ...DATE_FIELDS, "name", "charges", "status", "other"] as const;

export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type DateField = (typeof DATE_FIELDS)[number];
export type SimpleField = TextField | DateField;

export function isDateField(field: string): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field);
}

export function isSimpleField(field: string): field is SimpleField {
  return isDateField(field) || (TEXT_FIELDS as readonly string[]).includes(field);
}
