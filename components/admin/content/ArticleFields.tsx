import type { ComponentProps } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextArea, TextField } from "@/components/forms/Field";
import { PeopleField } from "./PeopleField";

// The fields a petition and an update share: a title and its address, then a summary, a text in
// the plain-text marks the public page renders, and the people it is about.

interface BoundField {
  id: string;
  error?: string;
  defaultValue: string;
  registration: UseFormRegisterReturn;
}

export function TitleAndSlugFields({ title, slug, path }: { title: BoundField; slug: BoundField; path: string }) {
  return (
    <>
      <TextField {...title} label="Title" maxLength={200} />
      <TextField {...slug} label="Address name (slug)" hint={`The end of the address: ${path}/<slug>.`} maxLength={100} />
    </>
  );
}

export function ArticleTextFields({
  summary,
  body,
  bodyRows,
  people,
}: {
  summary: BoundField;
  body: BoundField;
  bodyRows: number;
  people: ComponentProps<typeof PeopleField>;
}) {
  return (
    <>
      <TextArea monospace {...summary} label="Summary" rows={3} />
      <TextArea
        monospace
        {...body}
        label="Text"
        hint="Plain text. A blank line starts a new paragraph; a line starting with “## ” is a heading; lines starting with “* ” make a list."
        rows={bodyRows}
      />
      <PeopleField {...people} />
    </>
  );
}
