"use server";

import { postedForm } from "../forms/form-data";
import { revalidatePath } from "next/cache";
import { authorizeStaff } from "../auth/guards";
import { fieldMessages, formObject } from "../content/form-data";
import { cachedPaths } from "../content/paths";
import { applyInvalidation, criteriaFrom, pathsShowingPetition, previewInvalidation } from "./invalidate";
import { findPetition } from "./queries";
import { describeCriteria, invalidationSchema, type InvalidationState } from "./schema";

/** The criteria as typed, for the confirmation form and for a form re-rendered without JavaScript. */
function criteriaValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ["petition", "mode", "domain", "ip", "from", "to"]) values[name] = String(formData.get(name) ?? "").slice(0, 300);
  return values;
}

/**
 * Bulk invalidation in two steps: "preview" counts the signatures the criteria match and changes
 * nothing; "apply" (the confirmation button, carrying the same criteria) invalidates them.
 */
export async function invalidateSignatures(_previous: InvalidationState, form: unknown): Promise<InvalidationState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return { status: "forbidden" };
  const parsed = invalidationSchema.safeParse(formObject(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldMessages(parsed.error), values: criteriaValues(formData) };
  const petition = await findPetition(parsed.data.petition);
  if (!petition) return { status: "error", message: "This petition does not exist. Nothing was changed." };

  const criteria = criteriaFrom(parsed.data);
  const description = describeCriteria(criteria);
  if (parsed.data.step === "preview") {
    return { status: "preview", counts: await previewInvalidation(petition.id, criteria), description, values: criteriaValues(formData) };
  }
  const counts = await applyInvalidation(staff, petition, criteria, parsed.data.expected ?? null);
  for (const path of cachedPaths(await pathsShowingPetition(petition.id))) revalidatePath(path);
  return { status: "done", counts, description, previewed: parsed.data.expected ?? null };
}
