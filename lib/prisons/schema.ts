import { z } from "zod";
import { ColonyRegime, PrisonType, Region } from "../generated/prisma/enums";
import { optionalText, recordId, requiredText, slugField } from "../forms/editor";

// A place of detention: its names in three languages, what kind of place it is, its region and
// the postal address letters need (Cyrillic, as the post writes it). Staff pages are English-only;
// public pages name types, regimes and regions from the "prisons" catalogue.

export const PRISON_TYPES = Object.values(PrisonType) as [PrisonType, ...PrisonType[]];
export const COLONY_REGIMES = Object.values(ColonyRegime) as [ColonyRegime, ...ColonyRegime[]];
/** The six oblasts and the city of Minsk, in the order lists show them. */
export const REGIONS = Object.values(Region) as [Region, ...Region[]];

export const PRISON_TYPE_LABELS: Record<PrisonType, string> = {
  PRE_TRIAL_DETENTION_CENTRE: "Pre-trial detention centre",
  PENAL_COLONY: "Penal colony",
  PRISON: "Prison",
  OTHER: "Other place of detention",
};

export const REGIME_LABELS: Record<ColonyRegime, string> = {
  GENERAL: "General regime",
  STRICT: "Strict regime",
  SPECIAL: "Special regime",
  COLONY_SETTLEMENT: "Colony settlement",
};

export const REGION_LABELS: Record<Region, string> = {
  BREST: "Brest Region",
  VITSEBSK: "Vitsebsk Region",
  HOMIEL: "Homiel Region",
  HRODNA: "Hrodna Region",
  MINSK_REGION: "Minsk Region",
  MAHILIOU: "Mahiliou Region",
  MINSK_CITY: "Minsk (city)",
};

/** A place's name in the reader's language where it is recorded, else in Latin letters. */
export function prisonName(prison: { nameLatin: string; nameBelarusian: string | null; nameRussian: string | null }, locale: string) {
  return (locale === "be" && prison.nameBelarusian) || (locale === "ru" && prison.nameRussian) || prison.nameLatin;
}

/** A choice that may be left empty: "" becomes null. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .union([z.enum(values, { error: message }), z.literal("")], { error: message })
    .optional()
    .transform((value) => (value ? (value as T[number]) : null));
}

export const prisonSchema = z
  .object({
    id: recordId,
    slug: slugField,
    nameLatin: requiredText("the name in Latin letters", 200),
    nameBelarusian: optionalText(200),
    nameRussian: optionalText(200),
    type: z.enum(PRISON_TYPES, { error: "Choose the type of place." }),
    regime: optionalChoice(COLONY_REGIMES, "Choose a regime from the list."),
    // The form starts with no region chosen (""): that is the same as none.
    region: z.preprocess((value) => (value === "" ? undefined : value), z.enum(REGIONS, { error: "Choose the region." })),
    postalAddress: optionalText(500),
  })
  .superRefine((data, ctx) => {
    if (data.regime && data.type !== "PENAL_COLONY") {
      ctx.addIssue({ code: "custom", path: ["regime"], message: "Only a penal colony has a regime: clear it, or choose “Penal colony”." });
    }
  });

export type PrisonInput = z.input<typeof prisonSchema>;
export type PrisonData = z.output<typeof prisonSchema>;

export interface PrisonFormValues {
  id: string;
  slug: string;
  nameLatin: string;
  nameBelarusian: string;
  nameRussian: string;
  type: PrisonType;
  regime: ColonyRegime | "";
  region: Region | "";
  postalAddress: string;
}

export const EMPTY_PRISON: PrisonFormValues = {
  id: "",
  slug: "",
  nameLatin: "",
  nameBelarusian: "",
  nameRussian: "",
  type: "PENAL_COLONY",
  regime: "",
  region: "",
  postalAddress: "",
};
