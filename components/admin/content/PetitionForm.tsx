"use client";

import { savePetition } from "@/lib/petitions/actions";
import { petitionSchema, type PetitionFormValues } from "@/lib/petitions/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { ArticleTextFields, TitleAndSlugFields } from "./ArticleFields";
import { SelectField, TextField } from "@/components/forms/Field";

const PETITION_STATES = ["OPEN", "CLOSED"] as const;

// A petition's call, its goal, and whether it takes signatures. The confirmed count is not edited
// here: it moves only with confirmations and invalidations.
export function PetitionForm({ initial, people }: { initial: PetitionFormValues; people: { slug: string; nameLatin: string }[] }) {
  const form = useEditorForm(petitionSchema, savePetition, initial, "petition", { choices: { state: PETITION_STATES } });
  const { pending, field, checkboxGroup } = form;

  return (
    <AdminForm form={form} className="space-y-6" testId="petition-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TitleAndSlugFields title={field("title")} slug={field("slug")} path="/petitions" />
        <TextField {...field("target")} label="Addressed to" maxLength={200} />
        <TextField {...field("goal")} label="Goal (signatures)" inputMode="numeric" hint="A whole number greater than 0." />
        <SelectField {...field("state")} label="Signing" hint="Closing stops new signatures and confirmations.">
          <option value="OPEN">Open: takes signatures</option>
          <option value="CLOSED">Closed</option>
        </SelectField>
      </div>
      <ArticleTextFields
        summary={field("summary")}
        body={field("body")}
        bodyRows={12}
        people={{ idPrefix: "petition", legend: "People this petition is about", people, ...checkboxGroup("prisoners") }}
      />
      <SaveButton pending={pending} label={initial.id ? "Save petition" : "Create petition"} />
    </AdminForm>
  );
}
