"use client";

import { savePetition } from "@/lib/petitions/actions";
import { petitionSchema, type PetitionFormValues } from "@/lib/petitions/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { SelectField, TextArea, TextField } from "@/components/forms/Field";
import { PeopleField } from "./PeopleField";

function startingValues(initial: PetitionFormValues, echoed: Record<string, unknown> | undefined): PetitionFormValues {
  if (!echoed) return initial;
  const text = (key: keyof PetitionFormValues) => (typeof echoed[key] === "string" ? (echoed[key] as string) : "");
  return {
    id: initial.id,
    slug: text("slug"),
    title: text("title"),
    summary: text("summary"),
    body: text("body"),
    target: text("target"),
    goal: text("goal"),
    state: echoed.state === "CLOSED" ? "CLOSED" : echoed.state === "OPEN" ? "OPEN" : initial.state,
    prisoners: Array.isArray(echoed.prisoners) ? echoed.prisoners.map(String) : [],
  };
}

// A petition's call, its goal, and whether it takes signatures. The confirmed count is not edited
// here: it moves only with confirmations and invalidations.
export function PetitionForm({ initial, people }: { initial: PetitionFormValues; people: { slug: string; nameLatin: string }[] }) {
  const form = useEditorForm(petitionSchema, savePetition, initial, startingValues);
  const { pending, defaults: start, register, error } = form;
  const id = (field: string) => `petition-${field}`;

  return (
    <AdminForm form={form} className="space-y-6" testId="petition-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id("title")}
          label="Title"
          error={error("title")}
          maxLength={200}
          defaultValue={start.title}
          registration={register("title")}
        />
        <TextField
          id={id("slug")}
          label="Address name (slug)"
          hint="The end of the address: /petitions/<slug>."
          error={error("slug")}
          maxLength={100}
          defaultValue={start.slug}
          registration={register("slug")}
        />
        <TextField
          id={id("target")}
          label="Addressed to"
          error={error("target")}
          maxLength={200}
          defaultValue={start.target}
          registration={register("target")}
        />
        <TextField
          id={id("goal")}
          label="Goal (signatures)"
          inputMode="numeric"
          hint="A whole number greater than 0."
          error={error("goal")}
          defaultValue={start.goal}
          registration={register("goal")}
        />
        <SelectField
          id={id("state")}
          label="Signing"
          hint="Closing stops new signatures and confirmations."
          error={error("state")}
          defaultValue={start.state}
          registration={register("state")}
        >
          <option value="OPEN">Open: takes signatures</option>
          <option value="CLOSED">Closed</option>
        </SelectField>
      </div>
      <TextArea
        monospace
        id={id("summary")}
        label="Summary"
        error={error("summary")}
        rows={3}
        defaultValue={start.summary}
        registration={register("summary")}
      />
      <TextArea
        monospace
        id={id("body")}
        label="Text"
        hint="Plain text. A blank line starts a new paragraph; a line starting with “## ” is a heading; lines starting with “* ” make a list."
        error={error("body")}
        rows={12}
        defaultValue={start.body}
        registration={register("body")}
      />
      <PeopleField
        idPrefix="petition"
        legend="People this petition is about"
        error={error("prisoners")}
        people={people}
        selected={start.prisoners}
        registration={register("prisoners")}
      />
      <SaveButton pending={pending} label={initial.id ? "Save petition" : "Create petition"} />
    </AdminForm>
  );
}
