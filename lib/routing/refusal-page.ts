import messages from "../i18n/messages/en.json";

// The page a refused request gets (a body too large, a form sent from another site...): plain
// HTML with no script, so it reads the same with or without JavaScript. Used by the custom
// server (server/index.ts) and by proxy.ts; English, because the refusal comes before routing.

export const REFUSAL_TEXT = {
  tooLarge: messages.forms.errors.tooLarge,
  forbiddenOrigin: "This form can only be sent from this site. Please open the page here and send it again.",
  methodNotAllowed: "This page does not take that kind of request.",
  unsupportedType: "This page only takes forms. Please send it from the page itself.",
  malformed: "What you sent could not be read. Please reload the page and send the form again.",
  staleForm: "This form is out of date. Please reload the page and send it again.",
  badAddress: "This address could not be read. Please check the link and try again.",
} as const;

export type RefusalKind = keyof typeof REFUSAL_TEXT;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function refusalPageHtml(kind: RefusalKind): string {
  const text = escapeHtml(REFUSAL_TEXT[kind]);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${text}</h1><p><a href="/">${escapeHtml(messages.notFound.home)}</a></p></body></html>`;
}
