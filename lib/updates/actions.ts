"use server";

import type { EditorFormState } from "../forms/editor";
import { editorAction } from "../forms/editor-action";
import type { FormAction } from "../server-action";
import { saveUpdateRecord } from "./mutations";
import { updateSchema } from "./schema";

export const saveUpdate: FormAction<EditorFormState> = editorAction({
  kind: "updates",
  schema: updateSchema,
  lists: ["prisoners"],
  save: saveUpdateRecord,
});
