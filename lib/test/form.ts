/** A posted form, as a browser would send it: a list is one field sent several times. */
export function form(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) data.append(name, item);
  }
  return data;
}
