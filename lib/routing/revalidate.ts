import "server-only";
import { revalidatePath } from "next/cache";
import { cachedPaths } from "../paths";

/** After a change: every cached copy of the public pages at these paths is rebuilt on its next request. */
export function revalidatePublic(paths: Iterable<string>): void {
  for (const path of cachedPaths(paths)) revalidatePath(path);
}
