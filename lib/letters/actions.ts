"use server";

import { publicAction, type FormAction } from "../server-action";
import { countLetter } from "./mutations";
import { getLetterRecipient } from "./queries";
import { letterCountSchema, type LetterCountState } from "./schema";

// A public endpoint (lib/server-action.ts): parse, find the person (held only), limit, count. The
// limits are counted in countLetter, after the person is found, keyed by address and person. No
// revalidatePath: the answer carries the new number, and the pages showing it are at most 10
// seconds old.
export const countSentLetter: FormAction<LetterCountState> = publicAction({
  name: "countSentLetter",
  schema: letterCountSchema,
  invalid: () => ({ status: "error", message: "notHeld" }),
  // A bot is thanked with the current number, and nothing is counted.
  honeypot: async (data) => {
    const person = await getLetterRecipient(data.prisoner);
    return person ? { status: "counted", count: person.lettersSent } : { status: "error", message: "notHeld" };
  },
  failed: () => ({ status: "error", message: "notSaved" }),
  handler: async (data, { ipHash }) => {
    const result = await countLetter(data.prisoner, ipHash);
    switch (result.outcome) {
      case "counted":
        return { status: "counted", count: result.count };
      case "not-held":
        return { status: "error", message: "notHeld" };
      case "limited":
        return { status: "error", message: "rateLimited" };
    }
  },
});
