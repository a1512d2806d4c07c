import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Staff } from "../auth/guards";
import { adminPath, type EditorKind } from "../paths";
import { forgetKnownPages } from "../routing/missing-pages";
import { revalidatePublic } from "../routing/revalidate";
import { NOT_SAVED, staffAction, type FormAction } from "../server-action";
import type { EditorFormState, FormValues } from "./editor";
import { echoValues, fieldMessages } from "./form-data";

// Staff endpoints: anyone can call them with anything. Each checks the caller's role first (an
// answer of "forbidden" changes nothing), then the input, then writes with its audit entry and
// revalidates every public page the change shows on, so it is visible at once.

/** What saving an editor record comes to; `paths` are the public pages that show it. */
export type SaveOutcome =
  | { outcome: "saved"; slug: string; paths: string[] }
  | { outcome: "not-found" | "slug-taken" | "conflict" }
  | { outcome: "invalid"; field: string; message: string };

type Failure = Exclude<SaveOutcome, { outcome: "saved" }>;

const WORDS: Record<EditorKind, { noun: string; slugTaken: string }> = {
  prisoners: { noun: "prisoner", slugTaken: "Another profile already uses this address name." },
  updates: { noun: "update", slugTaken: "Another update already uses this address name." },
  petitions: { noun: "petition", slugTaken: "Another petition already uses this address name." },
  prisons: { noun: "place of detention", slugTaken: "Another place of detention already uses this address name." },
};

/** The answer when a record could not be saved: what to fix, with what was typed. */
function failure(kind: EditorKind, result: Failure, values: FormValues): EditorFormState {
  const { noun, slugTaken } = WORDS[kind];
  switch (result.outcome) {
    case "slug-taken":
      return { status: "error", fieldErrors: { slug: [slugTaken] }, values };
    case "invalid":
      return { status: "error", fieldErrors: { [result.field]: [result.message] }, values };
    case "not-found":
      return { status: "error", message: `This ${noun} no longer exists. Nothing was changed.` };
    case "conflict":
      return {
        status: "error",
        message: `Someone changed this ${noun} while you were editing it. Nothing was changed: open it again to see the changes.`,
        values,
      };
  }
}

export interface EditorSave<Data> {
  kind: EditorKind;
  schema: z.ZodType<Data>;
  /** Fields that keep every posted value (checkbox groups). */
  lists?: readonly string[];
  /** Adds to the input what the database, not the form, decides; null when the record is gone. */
  withStored?: (input: Record<string, unknown>) => Promise<Record<string, unknown> | null>;
  save: (staff: Staff, data: Data) => Promise<SaveOutcome>;
}

/** One editor save: authorize, parse, write (with its audit entry), revalidate, back to the editor. */
export function editorAction<Data>(editor: EditorSave<Data>): FormAction<EditorFormState> {
  const lists = editor.lists ?? [];
  return staffAction(
    "ADMIN",
    editor.schema,
    async (data, { staff, form }) => {
      const result = await editor.save(staff, data);
      if (result.outcome !== "saved") return failure(editor.kind, result, echoValues(form, lists));
      // A save can add, rename or remove a page: the proxy reads again which pages exist.
      forgetKnownPages();
      revalidatePublic(result.paths);
      redirect(adminPath.saved(editor.kind, result.slug));
    },
    {
      name: `save-${editor.kind}`,
      lists,
      withStored: editor.withStored && { read: editor.withStored, gone: failure(editor.kind, { outcome: "not-found" }, {}) },
      answers: {
        forbidden: { status: "forbidden" },
        invalid: (error, form) => ({ status: "error", fieldErrors: fieldMessages(error), values: echoValues(form, lists) }),
        failed: (form) => ({ status: "error", message: NOT_SAVED, values: echoValues(form, lists) }),
      },
    },
  );
}
