"use server";

import { postedForm } from "../forms/form-data";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeStaff } from "../auth/guards";
import { forgetKnownPages } from "../routing/missing-pages";
import { echoValues, fieldMessages, formObject } from "./form-data";
import { cachedPaths } from "./paths";
import { savePetitionRecord } from "./petitions";
import { savePrisonerRecord, type SaveOutcome } from "./prisoners";
import { prisonerStatusOf } from "./queries";
import { petitionSchema, prisonerSchema, updateSchema, type ContentFormState } from "./schema";
import { saveUpdateRecord } from "./updates";

// Staff endpoints: anyone can call them with anything. Each checks the caller's role first (an
// answer of "forbidden" changes nothing), then the input, then writes with its audit entry and
// revalidates every public page the change shows on, so it is visible at once.

const FORBIDDEN: ContentFormState = { status: "forbidden" };

const SLUG_TAKEN: Record<string, string> = {
  prisoner: "Another profile already uses this address name.",
  update: "Another update already uses this address name.",
  petition: "Another petition already uses this address name.",
};

type Failure = Exclude<SaveOutcome, { outcome: "saved" }>;

/** The answer when a record could not be saved: what to fix, with what was typed. */
function failure(kind: "prisoner" | "update" | "petition", result: Failure, formData: FormData, lists: string[] = []): ContentFormState {
  const values = echoValues(formData, lists);
  switch (result.outcome) {
    case "slug-taken":
      return { status: "error", fieldErrors: { slug: [SLUG_TAKEN[kind]!] }, values };
    case "invalid":
      return { status: "error", fieldErrors: { [result.field]: [result.message] }, values };
    case "not-found":
      return { status: "error", message: `This ${kind} no longer exists. Nothing was changed.` };
    case "conflict":
      return {
        status: "error",
        message: `Someone changed this ${kind} while you were editing it. Nothing was changed: open it again to see the changes.`,
        values,
      };
  }
}

function revalidatePublic(paths: string[]) {
  forgetKnownPages();
  for (const path of cachedPaths(paths)) revalidatePath(path);
}

export async function savePrisoner(_previous: ContentFormState, form: unknown): Promise<ContentFormState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const raw = formObject(formData);
  const id = typeof raw.id === "string" && raw.id ? raw.id : null;
  // Whether the status changes is decided against the database, not against what the form says.
  const current = id ? await prisonerStatusOf(id) : null;
  if (id && !current) return { status: "error", message: "This prisoner no longer exists. Nothing was changed." };
  const parsed = prisonerSchema.safeParse({ ...raw, previousStatus: current?.status ?? "" });
  if (!parsed.success) return { status: "error", fieldErrors: fieldMessages(parsed.error), values: echoValues(formData) };

  const result = await savePrisonerRecord(staff, parsed.data);
  if (result.outcome !== "saved") return failure("prisoner", result, formData);
  revalidatePublic(result.paths);
  redirect(`/admin/content/prisoners/${result.slug}?saved=1`);
}

export async function saveUpdate(_previous: ContentFormState, form: unknown): Promise<ContentFormState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const parsed = updateSchema.safeParse(formObject(formData, ["prisoners"]));
  if (!parsed.success) return { status: "error", fieldErrors: fieldMessages(parsed.error), values: echoValues(formData, ["prisoners"]) };

  const result = await saveUpdateRecord(staff, parsed.data);
  if (result.outcome !== "saved") return failure("update", result, formData, ["prisoners"]);
  revalidatePublic(result.paths);
  redirect(`/admin/content/updates/${result.slug}?saved=1`);
}

export async function savePetition(_previous: ContentFormState, form: unknown): Promise<ContentFormState> {
  const formData = postedForm(form);
  const staff = await authorizeStaff("ADMIN");
  if (!staff) return FORBIDDEN;
  const parsed = petitionSchema.safeParse(formObject(formData, ["prisoners"]));
  if (!parsed.success) return { status: "error", fieldErrors: fieldMessages(parsed.error), values: echoValues(formData, ["prisoners"]) };

  const result = await savePetitionRecord(staff, parsed.data);
  if (result.outcome !== "saved") return failure("petition", result, formData, ["prisoners"]);
  revalidatePublic(result.paths);
  redirect(`/admin/content/petitions/${result.slug}?saved=1`);
}
