import "server-only";
import { db } from "../db";
import type { ModerationTerm } from "./checks";

// The word lists are read on every message, so they are kept in memory for a few seconds. An
// admin's edit clears this process's copy at once; other server processes see it within the TTL.
const TTL_MS = 30_000;
let cached: { at: number; words: Promise<ModerationTerm[]> } | null = null;

export function moderationTerms(now: number = Date.now()): Promise<ModerationTerm[]> {
  if (cached && now - cached.at < TTL_MS) return cached.words;
  const words = db.moderationWord.findMany({ select: { term: true, kind: true } });
  cached = { at: now, words };
  // A failed read is not cached.
  words.catch(() => {
    if (cached?.words === words) cached = null;
  });
  return words;
}

export function forgetModerationTerms(): void {
  cached = null;
}
