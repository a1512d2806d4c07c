"use server";

import type { EditorFormState } from "../forms/editor";
import { editorAction } from "../forms/editor-action";
import type { FormAction } from "../server-action";
import { savePrisonRecord } from "./mutations";
import { prisonSchema } from "./schema";

/** The staff editor of a place of detention (admins only, audited). */
export const savePrison: FormAction<EditorFormState> = editorAction({
  kind: "prisons",
  schema: prisonSchema,
  save: savePrisonRecord,
});
