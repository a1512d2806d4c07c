"use client";

import { saveUpdate } from "@/lib/updates/actions";
import { updateSchema, type UpdateFormValues } from "@/lib/updates/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { ArticleTextFields, TitleAndSlugFields } from "./ArticleFields";
import { TextField } from "@/components/forms/Field";

// A campaign update: the body uses the same plain-text marks the public page renders.
export function UpdateForm({ initial, people }: { initial: UpdateFormValues; people: { slug: string; nameLatin: string }[] }) {
  const form = useEditorForm(updateSchema, saveUpdate, initial, "update");
  const { pending, field, checkboxGroup } = form;

  return (
    <AdminForm form={form} className="space-y-6" testId="update-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <TitleAndSlugFields title={field("title")} slug={field("slug")} path="/updates" />
        <TextField {...field("publishedAt")} label="Published on" type="date" hint="YYYY-MM-DD" />
      </div>
      <ArticleTextFields
        summary={field("summary")}
        body={field("body")}
        bodyRows={16}
        people={{ idPrefix: "update", legend: "People in this update", people, ...checkboxGroup("prisoners") }}
      />
      <SaveButton pending={pending} label={initial.id ? "Save update" : "Publish update"} />
    </AdminForm>
  );
}
