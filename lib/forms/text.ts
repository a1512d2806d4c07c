// The one rule for text a supporter types that can reach a page, a mail or an export (signer
// names, message authors, messages of solidarity). Decided per character class
// (docs/decisions/018-signer-data-and-timing.md):
// - Unicode is normalised to NFC, so one name is stored one way; lone surrogates become U+FFFD.
// - Control characters (C0 and C1: NUL, BEL, ESC, DEL, U+0080–U+009F) are removed: nobody types
//   them, they only reach a form by pasting or by a script, and in a terminal, log or spreadsheet
//   they act instead of showing. Tab and line feed stay in multi-line text (as white space).
// - Invisible characters (soft hyphen, zero-width space and joiners, word joiner, invisible
//   operators, byte-order mark, left-to-right and right-to-left marks) are removed: they hide a
//   word from a reader's eye but not from the checks, and show nothing.
// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused
//   with a message: they reorder what a reader sees ("gnp.exe"), so removing them silently
//   would store something other than what the writer saw; retyping the text fixes it.
// The rule is idempotent: text cleaned twice is text cleaned once. No schema library here: the
// browser's forms read limits from modules that import this one (lib/forms/fields.ts builds the zod fields).

// Controls other than tab (U+0009) and line feed (U+000A); carriage returns are folded first.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Shows nothing; for `replace` (global). */
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
/** Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Normalised to NFC with control and invisible characters removed; nothing else changes. */
function stripped(text: string): string {
  return text.toWellFormed().normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(INVISIBLE, "");
}

/**
 * Multi-line text as it is stored and shown: line breaks kept (as \n, at most one empty line in a
 * row), trailing spaces cut, trimmed. Never HTML: pages render it as React text.
 */
export function cleanText(text: string): string {
  return stripped(text)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One-line text (a name): every run of white space, line breaks included, is one space. */
export function cleanLine(text: string): string {
  return stripped(text).replace(/\s+/g, " ").trim();
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
