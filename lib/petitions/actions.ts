"use server";

import type { EditorFormState } from "../forms/editor";
import { editorAction } from "../forms/editor-action";
import { fieldMessages } from "../forms/form-data";
import { wakeOutboxWorker } from "../mail/worker";
import { publicPath } from "../paths";
import { RATE_LIMIT_POLICIES } from "../rate-limit";
import { parseReferral, REFERRAL_COOKIE, referralFromCookie } from "../referrals/referral";
import { requestCookie } from "../request";
import { revalidatePublic } from "../routing/revalidate";
import { linkAction, NOT_SAVED, mailingForm, publicAction, staffAction, successGoesOn, type FormAction } from "../server-action";
import { applyInvalidation, confirmSignature, recordSignature, savePetitionRecord } from "./mutations";
import { criteriaFrom, findPetition, pathsShowingPetition, previewInvalidation } from "./queries";
import { describeCriteria, invalidationSchema, petitionSchema, signSchema, type InvalidationState, type SignState } from "./schema";

// Public endpoints: anyone can call them with anything. The form actions are built by
// lib/server-action.ts (parse, limit, write; staff: role first); a bad request gets a message and
// changes nothing, and a failed write answers "nothing was saved" instead of an error page.

// ---------------------------------------------------------------------------
// Supporters

// Without JavaScript a signature taken goes on to the petition's cached "check your inbox" page.
export const signPetition: FormAction<SignState> = successGoesOn(
  publicAction({
    name: "signPetition",
    schema: signSchema,
    ...mailingForm(echo, RATE_LIMIT_POLICIES.signPerIp, RATE_LIMIT_POLICIES.signPerEmail),
    handler: async (data, { ipHash, locale }) => {
      // The hidden fields (filled by the page's script) win; without JavaScript the link's cookie.
      const referral = parseReferral(data.ref, data.ch) ?? referralFromCookie(await requestCookie(REFERRAL_COOKIE));
      const outcome = await recordSignature(data, ipHash, locale, referral);
      if (outcome === "closed") return { status: "error", message: "petitionClosed" };
      if (outcome === "unknown-petition") return { status: "error", message: "unknownPetition" };
      wakeOutboxWorker();
      return { status: "sent" };
    },
  }),
  (form) => publicPath.petitionSigned(encodeURIComponent(String(form.get("petition")))),
);

// The link's page shows the outcome (thanks and sharing, or why not).
export const confirmSignatureAction = linkAction({
  name: "confirmSignature",
  page: publicPath.confirmSignature,
  limit: RATE_LIMIT_POLICIES.confirmSignaturePerIp,
  handler: async (token) => void (await confirmSignature(token)),
});

/** What the supporter typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(formData: FormData): Record<string, string | boolean> {
  const text = (name: string) => String(formData.get(name) ?? "").slice(0, 300);
  return {
    name: text("name"),
    email: text("email"),
    country: text("country"),
    showName: formData.get("showName") === "on",
    subscribe: formData.get("subscribe") === "on",
  };
}

// ---------------------------------------------------------------------------
// Staff

export const savePetition: FormAction<EditorFormState> = editorAction({
  kind: "petitions",
  schema: petitionSchema,
  lists: ["prisoners"],
  save: savePetitionRecord,
});

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
export const invalidateSignatures: FormAction<InvalidationState> = staffAction(
  "ADMIN",
  invalidationSchema,
  async (data, { staff, form }) => {
    const petition = await findPetition(data.petition);
    if (!petition) return { status: "error", message: "This petition does not exist. Nothing was changed." };
    const criteria = criteriaFrom(data);
    const description = describeCriteria(criteria);
    if (data.step === "preview") {
      return { status: "preview", counts: await previewInvalidation(petition.id, criteria), description, values: criteriaValues(form) };
    }
    const counts = await applyInvalidation(staff, petition, criteria, data.expected ?? null);
    revalidatePublic(await pathsShowingPetition(petition.id));
    return { status: "done", counts, description, previewed: data.expected ?? null };
  },
  {
    name: "invalidateSignatures",
    answers: {
      forbidden: { status: "forbidden" },
      invalid: (error, form) => ({ status: "error", fieldErrors: fieldMessages(error), values: criteriaValues(form) }),
      failed: (form) => ({ status: "error", message: NOT_SAVED, values: criteriaValues(form) }),
    },
  },
);
