"use client";

import { savePrison } from "@/lib/prisons/actions";
import {
  COLONY_REGIMES,
  PRISON_TYPE_LABELS,
  PRISON_TYPES,
  prisonSchema,
  REGIME_LABELS,
  REGION_LABELS,
  REGIONS,
  type PrisonFormValues,
} from "@/lib/prisons/schema";
import { AdminForm, SaveButton, useEditorForm } from "./AdminForm";
import { SelectField, TextArea, TextField } from "@/components/forms/Field";

// A place of detention: names, kind, region and the postal address letters are sent to. A plain
// form post without JavaScript; with JavaScript the same zod schema checks the fields first.
export function PrisonForm({ initial }: { initial: PrisonFormValues }) {
  const form = useEditorForm(prisonSchema, savePrison, initial, "prison", {
    choices: { type: PRISON_TYPES, regime: ["", ...COLONY_REGIMES], region: ["", ...REGIONS] },
  });
  const { pending, field } = form;
  const isNew = initial.id === "";

  return (
    <AdminForm form={form} className="space-y-8" testId="prison-form">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-serif text-xl font-bold">Names</legend>
        <TextField {...field("nameLatin")} label="Name in Latin letters" maxLength={200} />
        <TextField
          {...field("slug")}
          label="Address name (slug)"
          hint="The end of the public address: /prisons/<slug>. Lower-case, e.g. penal-colony-4-homiel."
          maxLength={100}
        />
        <TextField {...field("nameBelarusian")} label="Name in Belarusian" maxLength={200} />
        <TextField {...field("nameRussian")} label="Name in Russian" maxLength={200} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-serif text-xl font-bold">Kind and region</legend>
        <SelectField {...field("type")} label="Type">
          {PRISON_TYPES.map((type) => (
            <option key={type} value={type}>
              {PRISON_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <SelectField {...field("regime")} label="Regime" hint="Penal colonies only.">
          <option value="">None</option>
          {COLONY_REGIMES.map((regime) => (
            <option key={regime} value={regime}>
              {REGIME_LABELS[regime]}
            </option>
          ))}
        </SelectField>
        <SelectField {...field("region")} label="Region">
          <option value="">Choose…</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
        </SelectField>
      </fieldset>

      <fieldset>
        <legend className="mb-2 font-serif text-xl font-bold">Postal address</legend>
        <TextArea
          monospace
          {...field("postalAddress")}
          label="Postal address for letters"
          hint="In Cyrillic, line by line, as the post office expects it. Leave it empty rather than guess: letter pages then use the person's own address."
          rows={4}
        />
      </fieldset>

      <SaveButton pending={pending} label={isNew ? "Create place of detention" : "Save place of detention"} />
    </AdminForm>
  );
}
