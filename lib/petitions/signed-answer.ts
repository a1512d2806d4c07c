// How a client tells that a posted sign form was taken, for the suites and scripts that post it
// as a browser without JavaScript does (e2e, npm run faults): the action goes on (303) to the
// petition's signed page (docs/decisions/044); called from the page's script, or by an older
// build, the answer is the page with "check your inbox" in place. No imports: clients load it.
const SIGNED_PAGE = /^(?:https?:\/\/[^/]+)?(?:\/(?:be|ru))?\/petitions\/[^/?#]+\/signed$/;

export interface SignAnswer {
  status: number;
  /** The Location header, if any. */
  location?: string | null;
  html?: string;
}

export function signatureTaken({ status, location, html }: SignAnswer): boolean {
  if (status === 303) return SIGNED_PAGE.test(location ?? "");
  return status === 200 && (html ?? "").includes('data-testid="sign-sent"');
}
