// A server action is a public endpoint: whoever calls it chooses its arguments, not our forms.
// React decodes whatever the request carries (null, a number, a list, a plain form post sent to an
// action that expects a previous state first), so an argument typed `FormData` may be anything.
// Read as an empty form, it fails the action's schema like any incomplete form does: the caller
// gets the form's own "this is missing" answer, nothing is written, and nothing throws into a 500.

/** The posted form, or an empty one when the caller sent something that is not a form. */
export function postedForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
