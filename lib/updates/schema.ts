import { z } from "zod";
import { recordId, requiredDay, requiredText, slugField, slugList } from "../forms/editor";

// The staff editor of a campaign update: rules shared by the browser (react-hook-form) and the
// server action.

/** What the editor starts from: a new update's empty values, or a stored one's as strings (queries.ts). */
export interface UpdateFormValues {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  prisoners: string[];
}

export const EMPTY_UPDATE: UpdateFormValues = { id: "", slug: "", title: "", summary: "", body: "", publishedAt: "", prisoners: [] };

export const updateSchema = z.object({
  id: recordId,
  slug: slugField,
  title: requiredText("a title", 200),
  summary: requiredText("a summary", 600),
  body: requiredText("the text of the update", 50_000),
  publishedAt: requiredDay("the publication date"),
  prisoners: slugList,
});

export type UpdateInput = z.input<typeof updateSchema>;
export type UpdateData = z.output<typeof updateSchema>;
