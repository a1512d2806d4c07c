import "server-only";
import { cache } from "react";
import { db } from "../db";
import { HELD_STATUS } from "./held";
import { daysBehindBars } from "../prisoners/days-behind-bars";
import { letterAddress, type LetterRecipient } from "./templates";

/**
 * What the letter page and the profile's letter section show about a person still held, with the
 * number of letters counted; null for anyone else (released, in exile, died) or an unknown slug.
 */
export const getLetterRecipient = cache(async (slug: string): Promise<LetterRecipient | null> => {
  const person = await db.prisoner.findFirst({
    where: { slug, status: HELD_STATUS },
    select: {
      slug: true,
      nameLatin: true,
      nameBelarusian: true,
      nameRussian: true,
      birthDate: true,
      placeOfDetention: true,
      postalAddress: true,
      prison: { select: { nameLatin: true, postalAddress: true } },
      canReceiveLetters: true,
      noContactSince: true,
      letterCount: { select: { count: true } },
    },
  });
  if (!person) return null;
  const { letterCount, prison, ...rest } = person;
  return {
    ...rest,
    placeOfDetention: prison?.nameLatin ?? person.placeOfDetention,
    postalAddress: letterAddress(prison, person.postalAddress),
    noContactDays: daysBehindBars(person.noContactSince, null, new Date()),
    lettersSent: letterCount?.count ?? 0,
  };
});
