"use client";

import { saveUpdate } from "@/lib/updates/actions";
import { updateSchema, type UpdateFormValues } from "@/lib/updates/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { TextArea, TextField } from "@/components/forms/Field";
import { PeopleField } from "./PeopleField";

function startingValues(initial: UpdateFormValues, echoed: Record<string, unknown> | undefined): UpdateFormValues {
  if (!echoed) return initial;
  const text = (key: keyof UpdateFormValues) => (typeof echoed[key] === "string" ? (echoed[key] as string) : "");
  return {
    id: initial.id,
    slug: text("slug"),
    title: text("title"),
    summary: text("summary"),
    body: text("body"),
    publishedAt: text("publishedAt"),
    prisoners: Array.isArray(echoed.prisoners) ? echoed.prisoners.map(String) : [],
  };
}

// A campaign update: the body uses the same plain-text marks the public page renders.
export function UpdateForm({ initial, people }: { initial: UpdateFormValues; people: { slug: string; nameLatin: string }[] }) {
  const form = useEditorForm(updateSchema, saveUpdate, initial, startingValues);
  const { pending, defaults: start, register, error } = form;
  const id = (field: string) => `update-${field}`;

  return (
    <AdminForm form={form} className="space-y-6" testId="update-form">
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
          hint="The end of the address: /updates/<slug>."
          error={error("slug")}
          maxLength={100}
          defaultValue={start.slug}
          registration={register("slug")}
        />
        <TextField
          id={id("publishedAt")}
          label="Published on"
          type="date"
          hint="YYYY-MM-DD"
          error={error("publishedAt")}
          defaultValue={start.publishedAt}
          registration={register("publishedAt")}
        />
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
        rows={16}
        defaultValue={start.body}
        registration={register("body")}
      />
      <PeopleField
        idPrefix="update"
        legend="People in this update"
        error={error("prisoners")}
        people={people}
        selected={start.prisoners}
        registration={register("prisoners")}
      />
      <SaveButton pending={pending} label={initial.id ? "Save update" : "Publish update"} />
    </AdminForm>
  );
}
