"use server";

import { revalidatePath } from "next/cache";
import { CORRECTIONS_PATH, publicPath } from "../paths";
import { RATE_LIMIT_POLICIES } from "../rate-limit";
import { revalidatePublic } from "../routing/revalidate";
import { echoingAnswers, NOT_SAVED, publicAction, staffAction, successGoesOn, type FormAction, type StaffAnswers } from "../server-action";
import { recordCorrection, rejectCorrection, resolveCorrection, type DecisionOutcome } from "./mutations";
import { findReportablePrisoner } from "./queries";
import { correctionSchema, rejectSchema, resolveSchema, type CorrectionFormState, type StaffState } from "./schema";

// Every export here is a public endpoint (lib/server-action.ts). The visitor's report is parsed,
// limited by the client's address hash, and stored; a refusal stores nothing. Staff decisions
// check the role first, then write the decision with its audit entry.

/** What the visitor typed, returned so a form re-rendered without JavaScript keeps it. */
function echo(form: FormData): Record<string, string> {
  const value = (name: string, max: number) => String(form.get(name) ?? "").slice(0, max);
  return {
    field: value("field", 40),
    problem: value("problem", 2100),
    proposedValue: value("proposedValue", 600),
    sourceUrl: value("sourceUrl", 600),
    email: value("email", 300),
  };
}

// Without JavaScript a report taken goes on (303) to the report page's thank-you state.
export const reportInaccuracy: FormAction<CorrectionFormState> = successGoesOn(
  publicAction({
    name: "reportInaccuracy",
    schema: correctionSchema,
    ...echoingAnswers(echo),
    // A bot is answered like a person, and nothing is written.
    honeypot: () => ({ status: "sent" }),
    limits: (_data, ipHash) => [[RATE_LIMIT_POLICIES.correctionPerIp, ipHash]],
    handler: async (data, { form, ipHash, locale }) => {
      const prisoner = await findReportablePrisoner(data.prisoner);
      if (!prisoner) return { status: "error", message: "unknownPrisoner", values: echo(form) };
      // The staff queue is rendered per request (app/admin is dynamic): nothing to revalidate here.
      await recordCorrection(prisoner.id, data, { ipHash, locale });
      return { status: "sent" };
    },
  }),
  (form) => `${publicPath.reportInaccuracy(encodeURIComponent(String(form.get("prisoner"))))}?sent=1`,
);

const STAFF_ANSWERS: StaffAnswers<StaffState> = {
  forbidden: { status: "forbidden" },
  invalid: (error) => ({ status: "error", message: error.issues[0]?.message ?? "Check the form." }),
  failed: () => ({ status: "error", message: NOT_SAVED }),
};

function answer(outcome: DecisionOutcome, done: string): StaffState {
  switch (outcome.outcome) {
    case "unknown":
      return { status: "error", message: "That report no longer exists." };
    case "closed":
      return { status: "error", message: "That report was already decided." };
    case "invalid":
      return { status: "error", message: outcome.message };
    case "done":
      revalidatePublic(outcome.paths);
      revalidatePath(CORRECTIONS_PATH);
      return { status: "done", message: done };
  }
}

export const resolveCorrectionReport: FormAction<StaffState> = staffAction(
  "MODERATOR",
  resolveSchema,
  async (data, { staff }) =>
    answer(await resolveCorrection(staff, data), data.apply ? "Resolved; the profile shows the corrected value." : "Resolved."),
  { name: "resolveCorrectionReport", answers: STAFF_ANSWERS },
);

export const rejectCorrectionReport: FormAction<StaffState> = staffAction(
  "MODERATOR",
  rejectSchema,
  async (data, { staff }) => answer(await rejectCorrection(staff, data), "Rejected."),
  { name: "rejectCorrectionReport", answers: STAFF_ANSWERS },
);
