"use server";

import { postedForm } from "../forms/form-data";
import { clientIpHash } from "../request";
import { countLetter } from "./counting";
import { getLetterRecipient } from "./queries";
import { letterCountSchema, type LetterCountState } from "./schema";

// A public endpoint: parse, find the person (held only), limit, count. No revalidatePath: the
// answer carries the new number, and the pages showing it are at most 10 seconds old.
export async function countSentLetter(_previous: LetterCountState, form: unknown): Promise<LetterCountState> {
  const formData = postedForm(form);
  const parsed = letterCountSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "notHeld" };
  if (parsed.data.website) {
    // Honeypot: a bot is thanked with the current number, and nothing is counted.
    const person = await getLetterRecipient(parsed.data.prisoner);
    return person ? { status: "counted", count: person.lettersSent } : { status: "error", message: "notHeld" };
  }
  const result = await countLetter(parsed.data.prisoner, await clientIpHash());
  switch (result.outcome) {
    case "counted":
      return { status: "counted", count: result.count };
    case "not-held":
      return { status: "error", message: "notHeld" };
    case "limited":
      return { status: "error", message: "rateLimited" };
  }
}
