import type { PetitionState, PrisonerStatus } from "../generated/prisma/enums";

// What the staff forms start from: a new record's empty values, or a stored record's values as
// strings (lib/content/queries.ts). A plain module, so pages (server) and forms (client) share it.

export interface PrisonerFormValues {
  id: string;
  previousStatus: PrisonerStatus | "";
  slug: string;
  nameLatin: string;
  nameBelarusian: string;
  nameRussian: string;
  otherSpellings: string;
  status: PrisonerStatus;
  detainedOn: string;
  releasedOn: string;
  sentence: string;
  sentencedOn: string;
  court: string;
  placeOfDetention: string;
  postalAddress: string;
  biography: string;
  featured: boolean;
  changedOn: string;
  changeText: string;
  sourceTitle: string;
  sourceUrl: string;
}

export const EMPTY_PRISONER: PrisonerFormValues = {
  id: "",
  previousStatus: "",
  slug: "",
  nameLatin: "",
  nameBelarusian: "",
  nameRussian: "",
  otherSpellings: "",
  status: "DETAINED",
  detainedOn: "",
  releasedOn: "",
  sentence: "",
  sentencedOn: "",
  court: "",
  placeOfDetention: "",
  postalAddress: "",
  biography: "",
  featured: false,
  changedOn: "",
  changeText: "",
  sourceTitle: "",
  sourceUrl: "",
};

export interface UpdateFormValues {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  prisoners: string[];
}

export const EMPTY_UPDATE: UpdateFormValues = { id: "", slug: "", title: "", summary: "", body: "", publishedAt: "", prisoners: [] };

export interface PetitionFormValues {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  target: string;
  goal: string;
  state: PetitionState;
  prisoners: string[];
}

export const EMPTY_PETITION: PetitionFormValues = {
  id: "",
  slug: "",
  title: "",
  summary: "",
  body: "",
  target: "",
  goal: "",
  state: "OPEN",
  prisoners: [],
};
