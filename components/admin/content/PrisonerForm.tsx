"use client";

import { savePrisoner } from "@/lib/prisoners/actions";
import {
  PRISONER_STATUSES,
  prisonerSchema,
  SEX_LABELS,
  SEXES,
  STATUS_LABELS,
  type PrisonerFormValues,
  type PrisonerInput,
} from "@/lib/prisoners/schema";
import { REGION_LABELS, REGIONS } from "@/lib/prisons/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { Checkbox, SelectField, TextArea, TextField } from "@/components/forms/Field";

// A profile's facts. Works as a plain form post without JavaScript; with JavaScript the same zod
// schema checks the fields first. The server decides whether the status changed (against the
// database), and then asks for the date and the source that the public timeline will show.
export function PrisonerForm({ initial, prisons }: { initial: PrisonerFormValues; prisons: { slug: string; nameLatin: string }[] }) {
  const form = useEditorForm(prisonerSchema, savePrisoner, initial, "prisoner", {
    choices: {
      status: PRISONER_STATUSES,
      prison: ["", ...prisons.map((p) => p.slug)],
      region: ["", ...REGIONS],
      sex: ["", ...SEXES],
      canReceiveLetters: ["", "yes", "no"],
    },
    kept: ["previousStatus"],
  });
  const { pending, defaults: start, register, field } = form;
  const isNew = initial.id === "";
  const text = (
    name: keyof PrisonerInput & keyof PrisonerFormValues,
    label: string,
    extra: { hint?: string; type?: string; maxLength?: number } = {},
  ) => <TextField {...field(name)} label={label} {...extra} />;

  return (
    <AdminForm form={form} className="space-y-8" testId="prisoner-form">
      <input type="hidden" defaultValue={start.previousStatus} {...register("previousStatus")} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-serif text-xl font-bold">Names</legend>
        {text("nameLatin", "Name in Latin letters", { maxLength: 200 })}
        {text("slug", "Address name (slug)", {
          hint: "The end of the profile's address: /prisoners/<slug>. Lower-case, e.g. ales-bialiatski.",
          maxLength: 100,
        })}
        {text("nameBelarusian", "Name in Belarusian", { maxLength: 200 })}
        {text("nameRussian", "Name in Russian", { maxLength: 200 })}
        <div className="sm:col-span-2">
          <TextArea
            monospace
            {...field("otherSpellings")}
            label="Other spellings"
            hint="One per line, with its language: “en: Maria Kolesnikova”, “be: …” or “ru: …”. Search finds the person by any of them."
            rows={4}
          />
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-serif text-xl font-bold">Status and dates</legend>
        <SelectField {...field("status")} label="Status">
          {PRISONER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label="Featured on the home page"
          labelClassName="flex items-center gap-2 self-end pb-2 text-sm font-semibold"
          defaultChecked={start.featured}
          registration={register("featured")}
        />
        {text("detainedOn", "Detained on", { type: "date", hint: "YYYY-MM-DD" })}
        {text("releasedOn", "Released on", { type: "date", hint: "YYYY-MM-DD. Needed for a released status." })}
      </fieldset>

      {isNew ? (
        <fieldset className="grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-2" data-testid="source-fields">
          <legend className="px-1 font-serif text-xl font-bold">Source</legend>
          <p className="text-sm text-muted sm:col-span-2">Where these facts come from. It is listed among the profile&apos;s sources.</p>
          {text("sourceTitle", "Source title", { maxLength: 300 })}
          {text("sourceUrl", "Source address (optional)", { type: "url", hint: "https://…", maxLength: 1000 })}
        </fieldset>
      ) : (
        <fieldset className="grid gap-4 rounded border border-line bg-white p-4 sm:grid-cols-2" data-testid="status-change-fields">
          <legend className="px-1 font-serif text-xl font-bold">Change of status</legend>
          <p className="text-sm text-muted sm:col-span-2">
            When you change the status, give the date and the source: they are added to the public timeline. A source given without a change
            of status is added to the profile&apos;s sources. A change of the current place of detention is added to the timeline as a
            transfer on this date (empty: today), with this source.
          </p>
          {text("changedOn", "Date of the change", { type: "date", hint: "YYYY-MM-DD" })}
          {text("changeText", "What happened (optional)", {
            hint: "Shown in the timeline. Empty: “Released.”, “Detained.” …",
            maxLength: 500,
          })}
          {text("sourceTitle", "Source title", { maxLength: 300 })}
          {text("sourceUrl", "Source address (optional)", { type: "url", hint: "https://…", maxLength: 1000 })}
        </fieldset>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-serif text-xl font-bold">Case</legend>
        {text("sentence", "Sentence", { hint: "e.g. 11 years", maxLength: 300 })}
        {text("sentencedOn", "Sentenced on", { type: "date", hint: "YYYY-MM-DD" })}
        {text("court", "Court", { maxLength: 300 })}
        {text("judge", "Judge", { maxLength: 300 })}
        <SelectField
          {...field("prison")}
          label="Current place of detention"
          hint="Changing it adds a dated transfer to the public timeline (the date of the change below, else today)."
        >
          <option value="">Not recorded</option>
          {prisons.map((prison) => (
            <option key={prison.slug} value={prison.slug}>
              {prison.nameLatin}
            </option>
          ))}
        </SelectField>
        {text("placeOfDetention", "Place of detention (text)", {
          hint: "Shown when no place of detention is chosen above.",
          maxLength: 500,
        })}
        <SelectField {...field("region")} label="Region">
          <option value="">Not recorded</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
        </SelectField>
        <SelectField {...field("sex")} label="Sex">
          <option value="">Not recorded</option>
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {SEX_LABELS[sex]}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextArea
            monospace
            {...field("postalAddress")}
            label="Postal address for letters"
            hint="As the post office expects it (Cyrillic)."
            rows={3}
          />
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2" data-testid="letter-facts">
        <legend className="mb-2 font-serif text-xl font-bold">Letters and contact</legend>
        <SelectField {...field("canReceiveLetters")} label="Can receive letters">
          <option value="">Not known</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </SelectField>
        {text("noContactSince", "No contact since", {
          type: "date",
          hint: "YYYY-MM-DD. The day the person was last heard from, when held incommunicado; empty otherwise.",
        })}
        {text("lettersSourceTitle", "Source of “can receive letters”", { maxLength: 300 })}
        {text("lettersSourceUrl", "Its address (optional)", { type: "url", hint: "https://…", maxLength: 1000 })}
        {text("factsCheckedOn", "Facts checked on", {
          type: "date",
          hint: "YYYY-MM-DD. The day someone last checked this profile's facts against the sources; the profile shows it.",
        })}
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-serif text-xl font-bold">Biography</legend>
        <TextArea monospace {...field("biography")} label="About" rows={8} />
      </fieldset>

      <SaveButton pending={pending} label={isNew ? "Create profile" : "Save profile"} />
    </AdminForm>
  );
}
