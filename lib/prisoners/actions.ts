"use server";

import type { EditorFormState } from "../forms/editor";
import { editorAction } from "../forms/editor-action";
import type { FormAction } from "../server-action";
import { savePrisonerRecord } from "./mutations";
import { prisonerStatusOf } from "./queries";
import { prisonerSchema } from "./schema";

export const savePrisoner: FormAction<EditorFormState> = editorAction({
  kind: "prisoners",
  schema: prisonerSchema,
  // Whether the status changes is decided against the database, not against what the form says.
  withStored: async (input) => {
    const id = typeof input.id === "string" && input.id ? input.id : null;
    const current = id ? await prisonerStatusOf(id) : null;
    if (id && !current) return null;
    return { ...input, previousStatus: current?.status ?? "" };
  },
  save: savePrisonerRecord,
});
